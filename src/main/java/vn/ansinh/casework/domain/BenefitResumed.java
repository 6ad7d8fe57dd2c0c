package vn.ansinh.casework.domain;

/**
 * The payments held for a case may be paid again: a reinstatement was signed, or a proposal to end or
 * pause the benefit was rejected. Lines of months paused without back pay ({@link PausedMonths}) stay held.
 */
public record BenefitResumed(long caseId) {}
