package vn.ansinh.audit.web;

import vn.ansinh.shared.web.Messages;

/**
 * The names the audit pages show for the commands' audit names: {@code audit.action.<name>} in the bundles
 * ({@code AuditActionLabelsTest} checks every command's name has one); a name without a label (an action of an
 * older version) is shown as it is.
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
}
