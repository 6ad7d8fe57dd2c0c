package vn.ansinh.casework.domain;

import java.time.LocalDateTime;

/**
 * Someone else saved the case after it was opened: the change is refused so that nothing is
 * silently overwritten. The page keeps what the user typed and says who saved and when.
 */
public class ConcurrentCaseEditException extends CaseException {

    private static final long serialVersionUID = 1L;

    public ConcurrentCaseEditException(String savedBy, LocalDateTime savedAt) {
        super("case.error.concurrentEdit", savedBy, savedAt);
    }
}
