package vn.ansinh.benefit.application;

import java.time.LocalDate;
import java.util.Set;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.shared.command.BusinessRuleException;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.security.Role;

/**
 * An administrator enters a new standard level from a date (a decree; a province's resolution when
 * a province is given). Refused from a month that an approved payroll has closed.
 */
public record AddStandardLevelCommand(Scheme scheme, String provinceCode, LocalDate effectiveFrom, long amount,
        String legalBasis) implements Command<StandardLevel> {

    @Override
    public String action() {
        return "rate.addLevel";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }

    @Override
    public StandardLevel execute(CommandContext context) {
        if (scheme == null || effectiveFrom == null || effectiveFrom.getDayOfMonth() != 1) {
            throw new BusinessRuleException("rate.error.firstOfMonth");
        }
        if (amount < 1_000 || amount > 100_000_000) {
            throw new BusinessRuleException("rate.error.amount");
        }
        if (legalBasis == null || legalBasis.strip().length() < 5) {
            throw new BusinessRuleException("rate.error.legalBasis");
        }
        String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
        if (province != null && !province.matches("\\d{2}")) {
            throw new BusinessRuleException("rate.error.province");
        }
        ClosedMonths.refuseIfClosed(context.em(), effectiveFrom);
        long same = context.em().createQuery("select l from StandardLevel l where l.scheme = :s and l.effectiveFrom = :d",
                        StandardLevel.class).setParameter("s", scheme).setParameter("d", effectiveFrom).getResultList().stream()
                .filter(l -> java.util.Objects.equals(l.provinceCode(), province)).count();
        if (same > 0) {
            throw new BusinessRuleException("rate.error.duplicate");
        }
        StandardLevel level = new StandardLevel(scheme, province, effectiveFrom, amount, legalBasis.strip());
        level.recordAuthor(context.actor().username(), context.now());
        context.em().persist(level);
        context.em().flush();
        context.recordChange("StandardLevel", level.id().toString(), null, "{\"scheme\":\"" + scheme + "\",\"province\":"
                + (province == null ? "null" : "\"" + province + "\"") + ",\"from\":\"" + effectiveFrom + "\",\"amount\":" + amount + "}");
        return level;
    }
}
