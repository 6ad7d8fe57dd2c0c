package vn.ansinh.population.domain;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The latest answer of the population database about one person. A new answer replaces the previous one; a check that
 * got no answer keeps the last real answer and only notes the failure, so that an outage never erases what is known.
 */
@Entity
@Table(name = "population_check")
public class PopulationCheck implements Serializable {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private CheckOutcome outcome;

    @Column(name = "mismatches")
    private String mismatches;

    @Column(name = "death_date")
    private LocalDate deathDate;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    @Column(name = "checked_at")
    private LocalDateTime checkedAt;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "failed_at")
    private LocalDateTime failedAt;

    @Column(name = "message_key")
    private String messageKey;

    protected PopulationCheck() {
        // for JPA
    }

    /** The first check of the person. */
    public static PopulationCheck first(
            long personId, PopulationAnswer answer, String by, Instant at, LocalDate today) {
        PopulationCheck check = new PopulationCheck();
        check.personId = personId;
        check.outcome = CheckOutcome.UNAVAILABLE;
        check.record(answer, by, at, today);
        return check;
    }

    /**
     * Records an answer: a real one replaces what was known; {@link CheckOutcome#UNAVAILABLE} only notes the failure
     * (and stays the outcome when nothing was ever answered).
     */
    public void record(PopulationAnswer answer, String by, Instant at, LocalDate today) {
        LocalDateTime moment = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        if (!answer.outcome().isAnswer()) {
            failedAt = moment;
            messageKey = answer.messageKey();
            return;
        }
        outcome = answer.outcome();
        mismatches = answer.mismatches().isEmpty() ? null : json(answer.mismatches());
        deathDate = answer.deathDate();
        checkedOn = today;
        checkedAt = moment;
        checkedBy = by;
        failedAt = null;
        messageKey = null;
    }

    private static String json(List<Mismatch> mismatches) {
        var array = Jsons.createArrayBuilder();
        mismatches.forEach(m -> array.add(
                Jsons.createObjectBuilder().add("field", m.field().name()).add("registryValue", m.registryValue())));
        return array.build().toString();
    }

    public Long personId() {
        return personId;
    }

    public CheckOutcome outcome() {
        return outcome;
    }

    public List<Mismatch> mismatches() {
        List<Mismatch> list = new ArrayList<>();
        if (mismatches != null) {
            try (JsonReader reader = Jsons.createReader(new StringReader(mismatches))) {
                for (JsonValue value : reader.readArray()) {
                    var m = value.asJsonObject();
                    list.add(new Mismatch(PopulationField.valueOf(m.getString("field")), m.getString("registryValue")));
                }
            }
        }
        return list;
    }

    public LocalDate deathDate() {
        return deathDate;
    }

    /** The day of the last answer (Vietnam), or null when none came yet. */
    public LocalDate checkedOn() {
        return checkedOn;
    }

    public String checkedBy() {
        return checkedBy;
    }

    /** Whether the last attempt got no answer (the service was unavailable). */
    public boolean lastAttemptFailed() {
        return failedAt != null;
    }

    /** Why the last attempt got no answer (population.unavailable.*), or null. */
    public String messageKey() {
        return messageKey;
    }
}
