package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The plan of a drug rehabilitation (cai nghiện) within its case: voluntary or compulsory, where it
 * takes place, from when to when, and until when the person is managed afterwards (quản lý sau cai).
 * Its rules on dates live here; the case's {@link Lifecycle} decides when each may be set.
 */
@Embeddable
public class Rehabilitation implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "rehab_mode")
    private RehabMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "rehab_form")
    private RehabForm form;

    @Column(name = "rehab_start")
    private LocalDate start;

    @Column(name = "rehab_planned_end")
    private LocalDate plannedEnd;

    @Column(name = "aftercare_until")
    private LocalDate aftercareUntil;

    protected Rehabilitation() {
        // for JPA, and the empty plan of a case of another programme
    }

    Rehabilitation(RehabMode mode) {
        this.mode = mode;
    }

    /** Where it takes place and from when to when; the end must come after the start. */
    void schedule(RehabForm where, LocalDate from, LocalDate until) {
        if (where == null || from == null || until == null) {
            throw new CaseException("case.error.rehabDatesRequired");
        }
        if (!until.isAfter(from)) {
            throw new CaseException("case.error.rehabEndBeforeStart");
        }
        form = where;
        start = from;
        plannedEnd = until;
    }

    /** Management after the rehabilitation, until a day after today. */
    void manageAfterwardsUntil(LocalDate until, LocalDate today) {
        if (until == null || !until.isAfter(today)) {
            throw new CaseException("case.error.aftercareEnd");
        }
        aftercareUntil = until;
    }

    public RehabMode mode() {
        return mode;
    }

    public RehabForm form() {
        return form;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public LocalDate aftercareUntil() {
        return aftercareUntil;
    }
}
