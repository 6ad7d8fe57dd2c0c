package vn.ansinh.report.application;

import java.io.Serializable;
import vn.ansinh.shared.kernel.Programme;

/** A programme's plan as the administrator's page edits it: the amount entered (null: none yet) and the new one. */
public final class PlanLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Programme programme;
    private final Long entered;
    private Long amount;

    public PlanLine(Programme programme, Long entered) {
        this.programme = programme;
        this.entered = entered;
        this.amount = entered;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Long getEntered() {
        return entered;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    /** Whether the page holds an amount that differs from the one entered. */
    public boolean changed() {
        return amount != null && !amount.equals(entered);
    }
}
