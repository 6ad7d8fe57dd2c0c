package vn.ansinh.portal.domain;

import java.util.Optional;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/**
 * The portal's procedures (thủ tục hành chính) whose online dossiers AnSinh imports, each with the programme of the
 * application it opens and, when the procedure has only one, the category. The one home of the code → application
 * kind mapping. The codes marked [R] in src/docs/public-service-portal.md are unconfirmed; a code may be set (or
 * corrected) with the configuration property {@code ansinh.portal.procedure.<NAME>}, without a new release.
 */
public enum PortalProcedure {
    /** Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng (Decree 20/2021): 1.001776 [R]. */
    MONTHLY_SOCIAL_ALLOWANCE("1.001776", Programme.SOCIAL_ASSISTANCE, null),
    /** Trợ cấp hưu trí xã hội (Decree 176/2025): no code found [R]; configure it before use. */
    SOCIAL_PENSION(null, Programme.SOCIAL_PENSION, null),
    /** Hỗ trợ chi phí mai táng for a social-pension recipient: 1.014028 (DOMAIN.md §2.1, S35). */
    FUNERAL_SOCIAL_PENSION("1.014028", Programme.FUNERAL_SUPPORT, Category.FUNERAL_SOCIAL_PENSION),
    /** Liên thông đăng ký khai tử, hỗ trợ chi phí mai táng: 1.010915 (DOMAIN.md §2.1, S36); category in the dossier. */
    DEATH_AND_FUNERAL_LINKED("1.010915", Programme.FUNERAL_SUPPORT, null);

    private final String defaultCode;
    private final Programme programme;
    private final Category onlyCategory;

    PortalProcedure(String defaultCode, Programme programme, Category onlyCategory) {
        this.defaultCode = defaultCode;
        this.programme = programme;
        this.onlyCategory = onlyCategory;
    }

    /** The portal's code as far as known (empty when none was found: it must be configured). */
    public Optional<String> defaultCode() {
        return Optional.ofNullable(defaultCode);
    }

    public Programme programme() {
        return programme;
    }

    /**
     * The category of the application: the procedure's only one, or the one the dossier names, which must be of the
     * procedure's programme; empty when neither says.
     */
    public Optional<Category> categoryFor(Category named) {
        if (onlyCategory != null) {
            return named == null || named == onlyCategory ? Optional.of(onlyCategory) : Optional.empty();
        }
        return named != null && named.programme() == programme ? Optional.of(named) : Optional.empty();
    }

    public String labelKey() {
        return "portal.procedure." + name();
    }
}
