package vn.ansinh.casework.domain;

/**
 * A case opened from an application reached a step its applicant is told about: submitted for decision, decided
 * (with its decision), or refused (with the written reason). Published for whoever follows an application (the
 * public-service portal is told its dossier's status).
 */
public record CaseProgressed(Long caseId, Long applicationId, CaseStatus status, Long decisionId, String note) {}
