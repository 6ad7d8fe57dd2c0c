package vn.ansinh.account.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Project 06 counts of one commune (or of a whole scope, for the total row) for a month.
 *
 * @param beneficiaries people with a running case (approved, active, suspended) in the commune
 * @param withAccount of them, those whose account was open at the month's end
 * @param registered of them, those registered to receive payments at the month's end
 * @param paidViaAccount of them, those paid into an account for the month
 */
public record CommuneIndicators(
        String communeCode,
        String communeName,
        long beneficiaries,
        long withAccount,
        long registered,
        long paidViaAccount)
        implements Serializable {

    /** No beneficiaries, nothing else. */
    static CommuneIndicators empty(String code, String name) {
        return new CommuneIndicators(code, name, 0, 0, 0, 0);
    }

    CommuneIndicators named(String name) {
        return new CommuneIndicators(communeCode, name, beneficiaries, withAccount, registered, paidViaAccount);
    }

    CommuneIndicators plus(CommuneIndicators other) {
        return new CommuneIndicators(
                communeCode,
                communeName,
                beneficiaries + other.beneficiaries,
                withAccount + other.withAccount,
                registered + other.registered,
                paidViaAccount + other.paidViaAccount);
    }

    /** Share with an account, in % with one decimal; null without beneficiaries. */
    public BigDecimal accountShare() {
        return share(withAccount);
    }

    public BigDecimal registeredShare() {
        return share(registered);
    }

    public BigDecimal paidShare() {
        return share(paidViaAccount);
    }

    public boolean meetsAccountTarget(Project06Targets targets) {
        return beneficiaries > 0 && accountShare().compareTo(BigDecimal.valueOf(targets.accountPercent())) >= 0;
    }

    public boolean meetsPaidTarget(Project06Targets targets) {
        return beneficiaries > 0 && paidShare().compareTo(BigDecimal.valueOf(targets.paidPercent())) >= 0;
    }

    private BigDecimal share(long count) {
        if (beneficiaries == 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(beneficiaries), 1, RoundingMode.HALF_UP);
    }
}
