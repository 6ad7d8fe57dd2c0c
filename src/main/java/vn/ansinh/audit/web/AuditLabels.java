package vn.ansinh.audit.web;

import vn.ansinh.shared.web.Messages;

/**
 * The names the audit pages show for the commands' audit names: {@code audit.action.<name>} in the bundles
 * ({@code AuditActionLabelsTest} checks every command's name has one); a name without a label (an action of an
 * older version) is shown as it is. The fields of a row's before and after values likewise: {@code audit.field.<name>}
 * where the bundles name the field, else the field's stored name.
 */
final class AuditLabels {

    static final String PREFIX = "audit.action.";

    private AuditLabels() {}

    static String action(String action) {
        if (action == null) {
            return "";
        }
        String key = PREFIX + action;
        String label = Messages.text(key);
        return label.equals(key) ? action : label;
    }

    static final String FIELD_PREFIX = "audit.field.";

    static String field(String field) {
        if (field == null) {
            return "";
        }
        String key = FIELD_PREFIX + field;
        String label = Messages.text(key);
        return label.equals(key) ? field : label;
    }
}
