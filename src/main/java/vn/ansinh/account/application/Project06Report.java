package vn.ansinh.account.application;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * The Project 06 indicators of a scope (a commune, a former district, a province) for a month: one
 * row per commune of the scope, by name, and the total over them.
 */
public record Project06Report(
        YearMonth month, Project06Targets targets, List<CommuneIndicators> communes, CommuneIndicators total)
        implements Serializable {

    public Project06Report {
        communes = List.copyOf(communes);
    }

    /** The communes with at least one beneficiary (the chart shows these). */
    public List<CommuneIndicators> communesWithBeneficiaries() {
        return communes.stream().filter(c -> c.beneficiaries() > 0).toList();
    }
}
