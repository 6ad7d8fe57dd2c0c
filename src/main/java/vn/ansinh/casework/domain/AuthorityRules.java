package vn.ansinh.casework.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.Programme;

/** The dated authority rules of all programmes: which one is in force on a day. */
public final class AuthorityRules {

    private final List<ApprovalAuthority> rules;

    public AuthorityRules(List<ApprovalAuthority> rules) {
        this.rules = rules.stream()
                .sorted(Comparator.comparing(ApprovalAuthority::effectiveFrom).reversed())
                .toList();
    }

    /** The rule in force on the day: the latest one that started on or before it. */
    public ApprovalAuthority ruleFor(Programme programme, LocalDate day) {
        return rules.stream()
                .filter(rule ->
                        rule.programme() == programme && !rule.effectiveFrom().isAfter(day))
                .findFirst()
                .orElseThrow(() -> new CaseException("case.error.noAuthority", new Label(programme.labelKey()), day));
    }
}
