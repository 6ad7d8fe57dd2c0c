package vn.ansinh.eoffice.application;

import vn.ansinh.eoffice.domain.DecisionCopy;

/** A stored copy of a decision and its bytes, as read back from the document store. */
public record StoredCopy(DecisionCopy copy, byte[] bytes) {}
