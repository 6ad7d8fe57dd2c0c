package vn.ansinh.anomaly.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** The latest run (its start a UTC time, as stored) of the checks: when, by whom, over which unit and month, how long, how many findings. */
public record RunSummary(
        long id, LocalDateTime startedAt, String runBy, String scope, YearMonth month, long millis, long found)
        implements Serializable {}
