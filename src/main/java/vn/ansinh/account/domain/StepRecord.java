package vn.ansinh.account.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Who records a step, when, from what source, with an optional note: what every step of an
 * {@link SsAccount} writes into its {@link AccountEvent}.
 */
public record StepRecord(String actor, Instant recordedAt, AccountEventSource source, String note) {

    public static final int MAX_NOTE_LENGTH = 500;

    public StepRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(source, "source");
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new AccountException("account.error.note.length", MAX_NOTE_LENGTH);
        }
    }
}
