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
        return labelled(PREFIX, action);
    }

    static final String FIELD_PREFIX = "audit.field.";

    static String field(String field) {
        return labelled(FIELD_PREFIX, field);
    }

    /** The bundle's text of {@code prefix + name}, or the name itself where the bundles have none. */
    private static String labelled(String prefix, String name) {
        if (name == null) {
            return "";
        }
        String key = prefix + name;
        String label = Messages.text(key);
        return label.equals(key) ? name : label;
    }
}
