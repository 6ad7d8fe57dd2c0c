package vn.ansinh.audit.application;

import java.io.Serializable;
import java.time.LocalDate;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.access.domain.AccessOutcome;

/**
 * What an auditor narrows the access log to; every field optional.
 *
 * @param reader the user who read (user name, exact)
 * @param person a personal ID (12 digits) or a person's id
 * @param kind what was read
 * @param outcome read or refused
 * @param from first day (Vietnam), inclusive
 * @param to last day (Vietnam), inclusive
 */
public record AccessFilter(
        String reader, String person, AccessKind kind, AccessOutcome outcome, LocalDate from, LocalDate to)
        implements Serializable {

    public static final AccessFilter NONE = new AccessFilter(null, null, null, null, null, null);

    public AccessFilter {
        reader = reader == null || reader.isBlank() ? null : reader.strip();
        person = person == null || person.isBlank() ? null : person.strip();
    }
}
