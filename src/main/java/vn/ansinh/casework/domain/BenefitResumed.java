package vn.ansinh.casework.domain;

/** A suspended benefit was reinstated: the lines held for its suspension may be paid again. */
public record BenefitResumed(long caseId) {
}
