package vn.ansinh.population.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.population.domain.CheckOutcome;
import vn.ansinh.population.domain.Mismatch;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** One person on the review list: the latest answer that needs an officer's look. */
public record PopulationReviewRow(
        Long personId,
        String personName,
        AdminUnitCode commune,
        CheckOutcome outcome,
        List<Mismatch> mismatches,
        LocalDate deathDate,
        LocalDate checkedOn)
        implements Serializable {

    public PopulationReviewRow {
        mismatches = List.copyOf(mismatches);
    }
}
