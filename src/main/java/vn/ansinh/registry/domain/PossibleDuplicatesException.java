package vn.ansinh.registry.domain;

import java.util.List;
import vn.ansinh.shared.kernel.BusinessRuleException;

/** People with a similar name, the same birth year and a nearby residence exist: the officer must look first. */
public class PossibleDuplicatesException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final transient List<DuplicateCandidate> candidates;

    public PossibleDuplicatesException(List<DuplicateCandidate> candidates) {
        super("person.warning.possibleDuplicates", candidates.size());
        this.candidates = List.copyOf(candidates);
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }
}
