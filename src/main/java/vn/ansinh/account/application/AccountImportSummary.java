package vn.ansinh.account.application;

import java.io.Serializable;

/** What an import applied: the steps recorded and for how many people. */
public record AccountImportSummary(int steps, int persons) implements Serializable {}
