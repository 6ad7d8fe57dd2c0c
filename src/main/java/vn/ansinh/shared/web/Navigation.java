package vn.ansinh.shared.web;

import java.util.Arrays;
import java.util.List;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** The menu: each entry and the role that sees it. */
public enum Navigation {
    OFFICER_HOME(Role.COMMUNE_OFFICER, "nav.officer.home", "/officer/home.xhtml", "pi pi-home"),
    OFFICER_WORKLIST(Role.COMMUNE_OFFICER, "nav.casework.worklist", "/casework/worklist.xhtml", "pi pi-inbox"),
    OFFICER_ALERTS(Role.COMMUNE_OFFICER, "nav.alerts", "/alerts/worklist.xhtml", "pi pi-bell"),
    OFFICER_PERSONS(Role.COMMUNE_OFFICER, "nav.registry.persons", "/registry/persons.xhtml", "pi pi-users"),
    OFFICER_HOUSEHOLDS(Role.COMMUNE_OFFICER, "nav.registry.households", "/registry/households.xhtml", "pi pi-home"),
    OFFICER_LISTS(Role.COMMUNE_OFFICER, "nav.listDecisions", "/casework/lists.xhtml", "pi pi-list"),
    OFFICER_PAYROLL(Role.COMMUNE_OFFICER, "nav.payroll", "/payroll/runs.xhtml", "pi pi-money-bill"),
    OFFICER_GIFTS(Role.COMMUNE_OFFICER, "nav.gifts", "/gift/list.xhtml", "pi pi-gift"),
    OFFICER_DUPLICATES(Role.COMMUNE_OFFICER, "nav.registry.duplicates", "/registry/duplicates.xhtml", "pi pi-clone"),
    OFFICER_POPULATION(Role.COMMUNE_OFFICER, "nav.population", "/population/review.xhtml", "pi pi-id-card"),
    OFFICER_ACCOUNT_IMPORT(Role.COMMUNE_OFFICER, "nav.account.import", "/account/import.xhtml", "pi pi-upload"),
    OFFICER_PORTAL_IMPORT(Role.COMMUNE_OFFICER, "nav.portal.import", "/portal/import.xhtml", "pi pi-cloud-download"),
    OFFICER_PROJECT06(Role.COMMUNE_OFFICER, "nav.account.project06", "/account/project06.xhtml", "pi pi-chart-bar"),
    OFFICER_MOVEMENT(Role.COMMUNE_OFFICER, "nav.report.movement", "/report/movement.xhtml", "pi pi-chart-line"),
    OFFICER_PAID(Role.COMMUNE_OFFICER, "nav.report.paid", "/report/paid.xhtml", "pi pi-wallet"),
    OFFICER_POVERTY(Role.COMMUNE_OFFICER, "nav.report.poverty", "/report/poverty.xhtml", "pi pi-chart-pie"),
    OFFICER_INSURANCE(Role.COMMUNE_OFFICER, "nav.report.insurance", "/report/health-insurance.xhtml", "pi pi-heart"),
    APPROVER_HOME(Role.APPROVER, "nav.approver.home", "/approver/home.xhtml", "pi pi-check-square"),
    APPROVER_WORKLIST(Role.APPROVER, "nav.casework.queue", "/casework/worklist.xhtml", "pi pi-inbox"),
    APPROVER_ALERTS(Role.APPROVER, "nav.alerts", "/alerts/worklist.xhtml", "pi pi-bell"),
    APPROVER_LISTS(Role.APPROVER, "nav.listDecisions", "/casework/lists.xhtml", "pi pi-list"),
    APPROVER_PAYROLL(Role.APPROVER, "nav.payroll", "/payroll/runs.xhtml", "pi pi-money-bill"),
    APPROVER_GIFTS(Role.APPROVER, "nav.gifts", "/gift/list.xhtml", "pi pi-gift"),
    APPROVER_PERSONS(Role.APPROVER, "nav.registry.persons", "/registry/persons.xhtml", "pi pi-users"),
    APPROVER_HOUSEHOLDS(Role.APPROVER, "nav.registry.households", "/registry/households.xhtml", "pi pi-home"),
    APPROVER_POPULATION(Role.APPROVER, "nav.population", "/population/review.xhtml", "pi pi-id-card"),
    APPROVER_PROJECT06(Role.APPROVER, "nav.account.project06", "/account/project06.xhtml", "pi pi-chart-bar"),
    APPROVER_MOVEMENT(Role.APPROVER, "nav.report.movement", "/report/movement.xhtml", "pi pi-chart-line"),
    APPROVER_PAID(Role.APPROVER, "nav.report.paid", "/report/paid.xhtml", "pi pi-wallet"),
    APPROVER_POVERTY(Role.APPROVER, "nav.report.poverty", "/report/poverty.xhtml", "pi pi-chart-pie"),
    APPROVER_INSURANCE(Role.APPROVER, "nav.report.insurance", "/report/health-insurance.xhtml", "pi pi-heart"),
    AUDITOR_HOME(Role.AUDITOR, "nav.auditor.home", "/auditor/home.xhtml", "pi pi-search"),
    AUDITOR_WORKLIST(Role.AUDITOR, "nav.casework.queue", "/casework/worklist.xhtml", "pi pi-inbox"),
    AUDITOR_ALERTS(Role.AUDITOR, "nav.alerts", "/alerts/worklist.xhtml", "pi pi-bell"),
    AUDITOR_PAYROLL(Role.AUDITOR, "nav.payroll", "/payroll/runs.xhtml", "pi pi-money-bill"),
    AUDITOR_GIFTS(Role.AUDITOR, "nav.gifts", "/gift/list.xhtml", "pi pi-gift"),
    AUDITOR_PERSONS(Role.AUDITOR, "nav.registry.persons", "/registry/persons.xhtml", "pi pi-users"),
    AUDITOR_HOUSEHOLDS(Role.AUDITOR, "nav.registry.households", "/registry/households.xhtml", "pi pi-home"),
    AUDITOR_POPULATION(Role.AUDITOR, "nav.population", "/population/review.xhtml", "pi pi-id-card"),
    AUDITOR_PROJECT06(Role.AUDITOR, "nav.account.project06", "/account/project06.xhtml", "pi pi-chart-bar"),
    AUDITOR_MOVEMENT(Role.AUDITOR, "nav.report.movement", "/report/movement.xhtml", "pi pi-chart-line"),
    AUDITOR_PAID(Role.AUDITOR, "nav.report.paid", "/report/paid.xhtml", "pi pi-wallet"),
    AUDITOR_POVERTY(Role.AUDITOR, "nav.report.poverty", "/report/poverty.xhtml", "pi pi-chart-pie"),
    AUDITOR_INSURANCE(Role.AUDITOR, "nav.report.insurance", "/report/health-insurance.xhtml", "pi pi-heart"),
    AUDIT_TRAIL(Role.AUDITOR, "nav.audit.trail", "/audit/trail.xhtml", "pi pi-history"),
    AUDITOR_PAYMENT_SEARCH(Role.AUDITOR, "nav.paymentSearch", "/audit/payments.xhtml", "pi pi-search-plus"),
    AUDITOR_ANOMALIES(Role.AUDITOR, "nav.audit.anomalies", "/audit/anomalies.xhtml", "pi pi-exclamation-triangle"),
    AUDIT_CHAIN(Role.AUDITOR, "nav.audit.chain", "/audit/chain.xhtml", "pi pi-lock"),
    AUDIT_ACCESS(Role.AUDITOR, "nav.audit.access", "/audit/access.xhtml", "pi pi-eye"),
    ADMIN_HOME(Role.ADMIN, "nav.admin.home", "/admin/home.xhtml", "pi pi-cog"),
    ADMIN_ALERTS(Role.ADMIN, "nav.alerts", "/alerts/worklist.xhtml", "pi pi-bell"),
    ADMIN_POPULATION(Role.ADMIN, "nav.population", "/population/review.xhtml", "pi pi-id-card"),
    ADMIN_PAYROLL(Role.ADMIN, "nav.payroll", "/payroll/runs.xhtml", "pi pi-money-bill"),
    ADMIN_LISTS(Role.ADMIN, "nav.listDecisions", "/casework/lists.xhtml", "pi pi-list"),
    ADMIN_GIFTS(Role.ADMIN, "nav.admin.gifts", "/admin/gifts.xhtml", "pi pi-gift"),
    ADMIN_GIFT_LISTS(Role.ADMIN, "nav.gifts", "/gift/list.xhtml", "pi pi-gift"),
    ADMIN_RATES(Role.ADMIN, "nav.rates", "/admin/rates.xhtml", "pi pi-percentage"),
    ADMIN_SETTINGS(Role.ADMIN, "nav.admin.settings", "/admin/settings.xhtml", "pi pi-sliders-h"),
    ADMIN_AUDIT_TRAIL(Role.ADMIN, "nav.audit.trail", "/audit/trail.xhtml", "pi pi-history"),
    ADMIN_PAYMENT_SEARCH(Role.ADMIN, "nav.paymentSearch", "/audit/payments.xhtml", "pi pi-search-plus"),
    ADMIN_ANOMALIES(Role.ADMIN, "nav.audit.anomalies", "/audit/anomalies.xhtml", "pi pi-exclamation-triangle"),
    ADMIN_AUDIT_CHAIN(Role.ADMIN, "nav.audit.chain", "/audit/chain.xhtml", "pi pi-lock"),
    ADMIN_AUDIT_ACCESS(Role.ADMIN, "nav.audit.access", "/audit/access.xhtml", "pi pi-eye"),
    ADMIN_PROJECT06(Role.ADMIN, "nav.account.project06", "/account/project06.xhtml", "pi pi-chart-bar"),
    ADMIN_MOVEMENT(Role.ADMIN, "nav.report.movement", "/report/movement.xhtml", "pi pi-chart-line"),
    ADMIN_PAID(Role.ADMIN, "nav.report.paid", "/report/paid.xhtml", "pi pi-wallet"),
    ADMIN_POVERTY(Role.ADMIN, "nav.report.poverty", "/report/poverty.xhtml", "pi pi-chart-pie"),
    ADMIN_INSURANCE(Role.ADMIN, "nav.report.insurance", "/report/health-insurance.xhtml", "pi pi-heart"),
    ADMIN_PLANS(Role.ADMIN, "nav.admin.plans", "/admin/plans.xhtml", "pi pi-calculator");

    private final Role role;
    private final String labelKey;
    private final String outcome;
    private final String icon;

    Navigation(Role role, String labelKey, String outcome, String icon) {
        this.role = role;
        this.labelKey = labelKey;
        this.outcome = outcome;
        this.icon = icon;
    }

    /**
     * The entries of the user's roles in declared order, each page once: a user with two roles (a
     * chairman who is also the officer) sees the page under its first role's entry.
     */
    public static List<Navigation> visibleTo(Actor actor) {
        java.util.Set<String> pages = new java.util.HashSet<>();
        return Arrays.stream(values())
                .filter(entry -> actor.has(entry.role))
                .filter(entry -> pages.add(entry.outcome))
                .toList();
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getIcon() {
        return icon;
    }

    public String getId() {
        return name().toLowerCase().replace('_', '-');
    }
}
