package vn.ansinh.registry.domain;

/** An already registered person who may be the same as the one being registered, with a score 0–100. */
public record DuplicateCandidate(Long personId, String fullName, String birthDate, String communeCode, int score) {
}
