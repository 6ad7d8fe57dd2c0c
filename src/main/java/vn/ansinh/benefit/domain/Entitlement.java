package vn.ansinh.benefit.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What a category is worth in a month: the standard level in force, the coefficient, and their
 * product rounded to the đồng.
 */
public record Entitlement(
        YearMonth month, Scheme scheme, long standardLevel, BigDecimal coefficient, long amount, String legalBasis) {}
