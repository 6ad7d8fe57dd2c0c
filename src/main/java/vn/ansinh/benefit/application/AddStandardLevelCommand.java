package vn.ansinh.benefit.application;

import java.time.LocalDate;
import java.util.Set;
import vn.ansinh.benefit.domain.LegalAct;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;

/**
 * An administrator enters a new standard level from a month (a decree; a province's resolution when a
 * province is given), with its legal act. The row is pending until a second administrator confirms it
 * ({@link ConfirmRateCommand}). A province's own level is that province's data: an administrator of the
 * province may enter it, not a national level or another province's. It may start in a month that
 * an approved payroll has closed (decrees arrive late): the closed payrolls stay as paid and each unit's
 * next payroll pays the difference (truy lĩnh phần chênh lệch, {@code payment.domain.ClosedMonths}).
 */
public record AddStandardLevelCommand(
        Scheme scheme,
        String provinceCode,
        LocalDate effectiveFrom,
        long amount,
        String legalBasis,
        String documentNumber,
        LocalDate documentDate)
        implements Command<StandardLevel> {

    @Override
    public String action() {
        return "rate.addLevel";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    /** The province for its own level, else the country. */
    @Override
    public AdminUnitCode unit() {
        String province = province();
        return province != null && province.matches("\\d{2}") ? AdminUnitCode.of(province) : AdminUnitCode.NATIONAL;
    }

    private String province() {
        return provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
    }

    @Override
    public StandardLevel execute(CommandContext context) {
        if (scheme == null || effectiveFrom == null || effectiveFrom.getDayOfMonth() != 1) {
            throw new BusinessRuleException("rate.error.firstOfMonth");
        }
        if (amount < 1_000 || amount > 100_000_000) {
            throw new BusinessRuleException("rate.error.amount");
        }
        LegalAct act = new LegalAct(legalBasis, documentNumber, documentDate);
        RateRows.refuseFutureDocument(documentDate, context.today());
        String province = province();
        if (province != null && !province.matches("\\d{2}")) {
            throw new BusinessRuleException("rate.error.province");
        }
        StandardLevel level = new StandardLevel(scheme, province, effectiveFrom, amount, act);
        return RateRows.enter(
                context,
                level,
                "StandardLevel",
                "\"scheme\":\"" + scheme + "\",\"province\":"
                        + (province == null ? "null" : "\"" + province + "\"") + ",\"from\":\"" + effectiveFrom
                        + "\",\"amount\":" + amount);
    }
}
