package vn.ansinh.payment.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.ansinh.payment.application.PaymentCriteria;

/**
 * A payment search as URL parameters, for the links that open it (the trace of a decision, a rate row, an account
 * or a person: {@code /audit/payments.xhtml?decision=12}) and for its Excel export ({@code /audit/payments.xlsx?…}):
 * {@code pid, name, decisionNo, decision, level, coefficient, annex, account, person, from, to (yyyy-MM), min,
 * max}. Reading a value that is not what its name says (letters in an id, a month that is not one) gives nothing.
 */
public final class PaymentSearchLink {

    public static final String DECISION = "decision";
    public static final String LEVEL = "level";
    public static final String COEFFICIENT = "coefficient";
    public static final String ANNEX = "annex";
    public static final String ACCOUNT = "account";
    public static final String PERSON = "person";

    private PaymentSearchLink() {}

    /** The query string ({@code a=1&b=2}) of the criteria; empty parameters are left out. */
    public static String query(PaymentCriteria c) {
        List<String> parts = new ArrayList<>();
        add(parts, "pid", c.personalId());
        add(parts, "name", c.name());
        add(parts, "decisionNo", c.decisionNumber());
        add(parts, DECISION, c.decisionId());
        add(parts, LEVEL, c.levelId());
        add(parts, COEFFICIENT, c.coefficientId());
        add(parts, ANNEX, c.annexId());
        add(parts, ACCOUNT, c.account());
        add(parts, PERSON, c.personId());
        add(parts, "from", c.from());
        add(parts, "to", c.to());
        add(parts, "min", c.minAmount());
        add(parts, "max", c.maxAmount());
        return String.join("&", parts);
    }

    /** The criteria a query string's parameters name ({@code parameter} reads one, null when absent). */
    public static PaymentCriteria criteria(Function<String, String> parameter) {
        return new PaymentCriteria(
                parameter.apply("pid"),
                parameter.apply("name"),
                parameter.apply("decisionNo"),
                id(parameter.apply(DECISION)),
                id(parameter.apply(LEVEL)),
                id(parameter.apply(COEFFICIENT)),
                id(parameter.apply(ANNEX)),
                parameter.apply(ACCOUNT),
                id(parameter.apply(PERSON)),
                month(parameter.apply("from")),
                month(parameter.apply("to")),
                id(parameter.apply("min")),
                id(parameter.apply("max")));
    }

    /** A record id (or an amount) as a link carries it: up to 18 digits, else null. */
    public static Long id(String text) {
        return text != null && text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    private static YearMonth month(String text) {
        try {
            return text == null ? null : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
