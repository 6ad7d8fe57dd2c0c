package vn.ansinh.anomaly.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.anomaly.domain.FindingStatus;

/**
 * One finding as the list shows it: whom and what it is about, the evidence (the values of the rule's message,
 * {@code anomaly.evidence.RULE}), where it stands.
 */
public record FindingRow(
        long id,
        AnomalyRule rule,
        Long personId,
        String personName,
        String personalId,
        String communeCode,
        YearMonth month,
        Long amount,
        Long lineId,
        Long decisionId,
        List<String> evidence,
        FindingStatus status,
        String note,
        String markedBy,
        Instant markedAt)
        implements Serializable {

    public boolean isOpen() {
        return status == FindingStatus.OPEN;
    }
}
