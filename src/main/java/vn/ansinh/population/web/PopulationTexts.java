package vn.ansinh.population.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.population.application.CheckSummary;
import vn.ansinh.population.domain.CheckOutcome;
import vn.ansinh.population.domain.Mismatch;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Messages;

/**
 * The population database's values and a check's outcome in the user's words: a sex as Nam/Nữ, a commune by its
 * name, an ISO date as dd/MM/yyyy (or MM/yyyy, yyyy); the summary of a check as a page message.
 */
@Named
@ApplicationScoped
public class PopulationTexts {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    @Inject
    private AdminUnitDirectory units;

    /** The database's value of a mismatching field, as a user reads it. */
    public String registryValue(Mismatch mismatch) {
        String value = mismatch.registryValue();
        return switch (mismatch.field()) {
            case SEX -> "MALE".equals(value) || "FEMALE".equals(value) ? Messages.text("person.sex." + value) : value;
            case RESIDENCE -> residence(value);
            case BIRTH_DATE -> day(value);
            case FULL_NAME -> value;
        };
    }

    private String residence(String code) {
        try {
            return units.nameOf(AdminUnitCode.of(code)) + " (" + code + ")";
        } catch (RuntimeException e) {
            return code;
        }
    }

    /** {@code 1948-03-15} as {@code 15/03/1948}, {@code 1948-03} as {@code 03/1948}; anything else as written. */
    static String day(String iso) {
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) {
            return iso;
        }
        StringBuilder text = new StringBuilder();
        if (m.group(3) != null) {
            text.append(m.group(3)).append('/');
        }
        if (m.group(2) != null) {
            text.append(m.group(2)).append('/');
        }
        return text.append(m.group(1)).toString();
    }

    /** Shows what a check did as the page's message: an error when the database answered for nobody. */
    public static void report(CheckSummary summary) {
        if (summary.people() == 0) {
            Messages.info("population.check.nobody");
        } else if (summary.nothingAnswered()) {
            Messages.error(summary.unavailableKey());
        } else {
            Messages.info(
                    "population.check.done",
                    summary.people(),
                    summary.count(CheckOutcome.MATCHED),
                    summary.count(CheckOutcome.MISMATCHED),
                    summary.count(CheckOutcome.DECEASED),
                    summary.count(CheckOutcome.NOT_FOUND),
                    summary.count(CheckOutcome.UNAVAILABLE),
                    summary.alertsRaised());
        }
    }
}
