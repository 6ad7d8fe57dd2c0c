package vn.ansinh.anomaly.application;

import java.io.Serializable;
import vn.ansinh.anomaly.domain.AnomalyRule;

/** A rule's findings within a jurisdiction: still open, and in all. */
public record RuleCount(AnomalyRule rule, long open, long total) implements Serializable {}
