package vn.ansinh.anomaly.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a finding stands. The checks raise it OPEN; an auditor marks it EXPLAINED (there is a lawful reason,
 * written in the note) or REFERRED (handed on for action, the note says to whom). A marked finding may be
 * marked again the other way (an explanation that turns out wrong is referred), never reopened: a rerun of
 * the checks never touches its status.
 *
 * <pre>
 *   OPEN ──► EXPLAINED ◄──► REFERRED
 *     └──────────────────────▲
 * </pre>
 */
public enum FindingStatus {
    OPEN,
    EXPLAINED,
    REFERRED;

    /** The statuses an auditor may mark a finding of this status as. */
    public Set<FindingStatus> marks() {
        Set<FindingStatus> to = EnumSet.of(EXPLAINED, REFERRED);
        to.remove(this);
        return to;
    }

    public boolean canBeMarkedAs(FindingStatus target) {
        return marks().contains(target);
    }

    /** The statuses an auditor chooses from when marking. */
    public static Set<FindingStatus> markings() {
        return EnumSet.of(EXPLAINED, REFERRED);
    }

    public String labelKey() {
        return "anomaly.status." + name();
    }
}
