package vn.ansinh.devstack;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.gift.application.ApproveGiftCommuneCommand;
import vn.ansinh.gift.application.DefineGiftListCommand;
import vn.ansinh.gift.application.DrawGiftListCommand;
import vn.ansinh.gift.application.GiftLists;
import vn.ansinh.gift.application.RecordGiftPaidCommand;
import vn.ansinh.gift.application.ResolveGiftEntryCommand;
import vn.ansinh.gift.application.ReviewGiftCommuneCommand;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * The Tết 2026 gift of Resolution 418/NQ-CP (28 Dec 2025: 400,000 đồng to every meritorious person,
 * social-assistance and social-pension beneficiary) through the gift package's commands: defined by the
 * national administrator and drawn in January; Tuần Giáo's part resolved (people without an ID number kept),
 * reviewed, approved and two thirds paid on 5 Feb 2026; Quỳ Hợp's part left drawn, for the demo to review.
 */
final class DemoGift {

    static final long AMOUNT = 400_000;

    private final DemoCases cases;
    private final EntityManager em;
    private final AdminUnitTree units;
    private Long listId;
    private int paid;

    DemoGift(DemoCases cases, EntityManager em, AdminUnitTree units) {
        this.cases = cases;
        this.em = em;
        this.units = units;
    }

    /** The steps dated in the month, after its payroll. */
    void inMonth(YearMonth month) {
        if (month.equals(YearMonth.of(2026, 1))) {
            defineAndDraw();
            reviewTuanGiao();
        } else if (month.equals(YearMonth.of(2026, 2)) && listId != null) {
            payTuanGiao();
        }
    }

    int paid() {
        return paid;
    }

    private void defineAndDraw() {
        Actor admin = DemoCases.actor("admin", "Phạm Quốc Hùng", AdminUnitCode.NATIONAL, Role.ADMIN);
        Map<Category, Long> amounts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            Programme p = category.programme();
            boolean monthly = p == Programme.MERITORIOUS_PERSON
                    || p == Programme.MERITORIOUS_RELATIVE
                    || p == Programme.SOCIAL_ASSISTANCE
                    || p == Programme.SOCIAL_PENSION;
            if (monthly) {
                amounts.put(category, AMOUNT);
            }
        }
        GiftList list = cases.run(
                admin,
                "2026-01-05T02:00:00Z",
                () -> new DefineGiftListCommand(
                        AdminUnitCode.NATIONAL,
                        "Quà Tết Bính Ngọ 2026 (Nghị quyết số 418/NQ-CP)",
                        LocalDate.of(2026, 1, 1),
                        "Ngân sách trung ương",
                        amounts,
                        units));
        listId = list.id();
        cases.run(admin, "2026-01-06T02:00:00Z", () -> new DrawGiftListCommand(listId, AdminUnitCode.NATIONAL, units));
    }

    private void reviewTuanGiao() {
        AdminUnitCode tg = DemoCases.TUAN_GIAO;
        for (GiftEntry entry : entries(tg)) {
            if (entry.toResolve()) {
                cases.run(
                        DemoCases.OFFICER_TG,
                        "2026-01-12T02:00:00Z",
                        () -> new ResolveGiftEntryCommand(entry.id(), tg, Boolean.TRUE));
            }
        }
        cases.run(DemoCases.OFFICER_TG, "2026-01-14T02:00:00Z", () -> new ReviewGiftCommuneCommand(listId, tg));
        cases.run(DemoCases.CHAIRMAN_TG, "2026-01-16T03:00:00Z", () -> new ApproveGiftCommuneCommand(listId, tg));
    }

    private void payTuanGiao() {
        AdminUnitCode tg = DemoCases.TUAN_GIAO;
        List<Long> ids = entries(tg).stream()
                .filter(GiftEntry::payable)
                .filter(e -> e.id() % 3 != 0)
                .map(GiftEntry::id)
                .toList();
        if (!ids.isEmpty()) {
            cases.run(
                    DemoCases.OFFICER_TG,
                    "2026-02-05T02:00:00Z",
                    () -> new RecordGiftPaidCommand(ids, tg, LocalDate.of(2026, 2, 5)));
        }
        paid = ids.size();
    }

    private List<GiftEntry> entries(AdminUnitCode commune) {
        em.clear();
        return new GiftLists(em).entries(listId, commune);
    }
}
