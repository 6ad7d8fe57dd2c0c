package vn.ansinh.payment.channel.application;

import java.io.Serializable;

/** What an applied result file did: its import record, the lines paid and failed, the rows left alone. */
public record ImportOutcome(long importId, int paid, int failed, int notApplied) implements Serializable {}
