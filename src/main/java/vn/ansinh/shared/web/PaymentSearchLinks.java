package vn.ansinh.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Set;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.security.Role;

/**
 * Links to the auditors' payment search ({@code /audit/payments.xhtml}) from the records that produce
 * payments: a decision, a rate row, an account, a person, a payroll line. Only the roles that may open
 * {@code /audit/*} (web.xml: auditors and administrators) see them; pages ask {@link #isVisible()}.
 * The search takes one of the parameters {@code decision}, {@code level}, {@code coefficient},
 * {@code annex} (row ids), {@code account} (an account number) or {@code person} (a person id).
 */
@Named("paymentSearch")
@RequestScoped
public class PaymentSearchLinks {

    /** The search page, relative to the application. */
    public static final String PATH = "/audit/payments.xhtml";

    /** The roles of the {@code /audit/*} security constraint in web.xml. */
    static final Set<Role> AUDIT_ROLES = EnumSet.of(Role.AUDITOR, Role.ADMIN);

    @Inject
    private CurrentActor currentActor;

    /** Whether the user may open the payment search. */
    public boolean isVisible() {
        return AUDIT_ROLES.stream().anyMatch(currentActor.get()::has);
    }

    /** The search page's path, for {@code h:outputLink} with an {@code f:param}. */
    public String getPath() {
        return PATH;
    }
}
