package vn.ansinh.eoffice.domain;

/**
 * Which kind of decision a stored copy is of: an individual decision ({@code decision_copy.decision_id}) or a list
 * decision, quyết định kèm danh sách ({@code list_decision_id}). Both get their issued copy and their chairman's
 * signed copy the same way; only the record they point to and its audit target differ.
 */
public enum CopyOf {
    DECISION("Decision"),
    LIST("ListDecision");

    private final String targetType;

    CopyOf(String targetType) {
        this.targetType = targetType;
    }

    /** The audit record's target type: the decision's entity. */
    public String targetType() {
        return targetType;
    }
}
