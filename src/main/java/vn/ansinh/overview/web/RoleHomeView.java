package vn.ansinh.overview.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import vn.ansinh.account.application.CommuneIndicators;
import vn.ansinh.account.application.Project06Indicators;
import vn.ansinh.account.application.Project06Targets;
import vn.ansinh.casework.application.CaseWorklists;
import vn.ansinh.casework.application.CaseWorklists.WorkItem;
import vn.ansinh.payment.application.PayrollService;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.security.Role;

/**
 * A role's home page shows its work (issue 14): the first dossiers of each of its worklists with how many there are
 * and the working days left, the payrolls of the month in its jurisdiction and their state, and the Project 06
 * shares of its unit. Each part is read when the page first asks for it, once per view.
 */
@Named
@ViewScoped
public class RoleHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Dossiers shown of each worklist; the worklist page has them all. */
    static final int SHOWN = 5;

    /** The first items of a worklist and how many it holds (at most the worklist's limit: {@code more} beyond). */
    public record Work(List<WorkItem> first, int count, boolean more) implements Serializable {

        static Work of(List<WorkItem> all, int limit) {
            return new Work(List.copyOf(all.subList(0, Math.min(SHOWN, all.size()))), all.size(), all.size() >= limit);
        }

        public boolean isEmpty() {
            return count == 0;
        }
    }

    /** The Project 06 shares of the user's unit for the month, and when they were counted (UTC). */
    public record Project06(
            String unitName,
            YearMonth month,
            CommuneIndicators total,
            Project06Targets targets,
            LocalDateTime countedAt)
            implements Serializable {

        /** Below the account target (a unit without beneficiaries is not "below"). */
        public boolean accountShort() {
            return total.beneficiaries() > 0 && !total.meetsAccountTarget(targets);
        }

        /** Below the target of payments into an account. */
        public boolean paidShort() {
            return total.beneficiaries() > 0 && !total.meetsPaidTarget(targets);
        }
    }

    @Inject
    private transient CaseWorklists worklists;

    @Inject
    private transient PayrollService payrolls;

    @Inject
    private transient Project06Indicators project06;

    @Inject
    private transient CurrentActor currentActor;

    @Inject
    private transient AdminUnitDirectory units;

    private Work drafts;
    private Work returned;
    private Work queue;
    private List<PayrollRun> payrollsOfMonth;
    private Project06 shares;
    private boolean sharesRead;

    public Work getDrafts() {
        if (drafts == null) {
            drafts = Work.of(worklists.drafts(), CaseWorklists.LIMIT);
        }
        return drafts;
    }

    public Work getReturned() {
        if (returned == null) {
            returned = Work.of(worklists.returned(), CaseWorklists.LIMIT);
        }
        return returned;
    }

    /** Waiting for a decision: at the approver's level for an approver, every one in the jurisdiction otherwise. */
    public Work getQueue() {
        if (queue == null) {
            queue = Work.of(worklists.decisionQueue(), CaseWorklists.LIMIT);
        }
        return queue;
    }

    /** The payrolls of this month inside the user's jurisdiction (the latest first, at most five). */
    public List<PayrollRun> getPayrollsOfMonth() {
        if (payrollsOfMonth == null) {
            YearMonth month = project06.currentMonth();
            payrollsOfMonth = payrolls.runs(0, 20).stream()
                    .filter(run -> run.month().equals(month))
                    .limit(SHOWN)
                    .toList();
        }
        return payrollsOfMonth;
    }

    public YearMonth getMonth() {
        return project06.currentMonth();
    }

    public String unitName(AdminUnitCode code) {
        return units.nameOf(code);
    }

    /** The Project 06 shares of the user's own unit this month; none for a national user (they pick a province). */
    public Project06 getShares() {
        if (!sharesRead) {
            sharesRead = true;
            Actor actor = currentActor.get();
            AdminUnitCode unit = actor.unit();
            if (!unit.isNational() && actor.jurisdiction().isPresent()) {
                Project06Indicators.Counted counted = project06.counted(unit, project06.currentMonth());
                shares = new Project06(
                        units.nameOf(unit),
                        counted.report().month(),
                        counted.report().total(),
                        counted.report().targets(),
                        LocalDateTime.ofInstant(counted.at(), ZoneOffset.UTC));
            }
        }
        return shares;
    }

    public boolean isOfficer() {
        return currentActor.get().has(Role.COMMUNE_OFFICER);
    }

    public boolean isApprover() {
        return currentActor.get().has(Role.APPROVER);
    }
}
