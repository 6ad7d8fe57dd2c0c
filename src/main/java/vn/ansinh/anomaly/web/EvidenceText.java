package vn.ansinh.anomaly.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ansinh.anomaly.application.FindingRow;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.web.Messages;

/**
 * A finding's evidence in the reader's language: the rule's message ({@code anomaly.evidence.RULE}) with the
 * values the check stored; an account status in words, amounts as numbers the language writes.
 */
final class EvidenceText {

    private EvidenceText() {}

    static String of(FindingRow row, Locale locale) {
        List<Object> values = new ArrayList<>(row.evidence());
        String key = "anomaly.evidence." + row.rule().name();
        if (row.rule() == AnomalyRule.CLOSED_ACCOUNT && !values.isEmpty()) {
            values.set(0, new Label("account.status." + values.get(0)));
        }
        if (row.rule() == AnomalyRule.AMOUNT_DIFFERS) {
            for (int i = 0; i < values.size(); i++) {
                values.set(i, number((String) values.get(i)));
            }
            if (values.isEmpty() || "".equals(values.get(0))) {
                key = key + ".noRate";
            }
        }
        if (row.rule() == AnomalyRule.INCOMPETENT_SIGNER && values.size() > 5 && "1".equals(values.get(5))) {
            key = key + ".maker";
        }
        if (row.rule() == AnomalyRule.NO_DECISION_IN_FORCE && values.size() > 1 && !"".equals(values.get(1))) {
            key = key + ".ended";
        }
        return Messages.text(locale, key, values.toArray());
    }

    private static Object number(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        try {
            return value.contains(".") ? new java.math.BigDecimal(value) : (Object) Long.valueOf(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
