// Long because it writes the decision text of every kind and programme, article by article, from one set of facts.
package vn.ansinh.casework.application;

import static vn.ansinh.shared.text.VietnameseFormat.date;
import static vn.ansinh.shared.text.VietnameseFormat.money;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.casework.domain.DecisionTerms;
import vn.ansinh.casework.domain.RehabMode;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Programme;

/**
 * Writes the text of a decision in the form of a state administrative document: who issues it,
 * on what legal basis, the articles, the recipients, the signature. The wording is in the
 * {@code i18n/decision} bundle (Vietnamese only: a legal document has one language).
 */
public final class DecisionWriter {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ResourceBundle WORDING = ResourceBundle.getBundle("i18n.decision", Locale.ROOT);
    private static final ResourceBundle LABELS = ResourceBundle.getBundle("i18n.messages", VI);

    /** Everything a decision's text is written from. */
    public record Facts(
            BenefitCase benefitCase,
            Person person,
            String personAddress,
            DecisionTerms terms,
            ApprovalAuthority rule,
            AdminUnit issuingUnit,
            AdminUnit parentUnit,
            String number,
            LocalDate signedOn,
            String signerName,
            Decision replaced,
            String endReasonText,
            String proposer,
            Payee claimant,
            List<String> moreTerms) {

        public Facts {
            moreTerms = moreTerms == null ? List.of() : List.copyOf(moreTerms);
        }
    }

    /** Who receives the money when it is not the person the decision is about (a funeral support's claimant). */
    public record Payee(Person person, String address) {}

    private DecisionWriter() {}

    public static String subject(Facts facts) {
        DecisionKind kind = facts.terms().kind();
        if (kind != DecisionKind.GRANT) {
            return text("subject." + kind);
        }
        Programme programme = facts.benefitCase().programme();
        return switch (programme) {
            case DRUG_REHABILITATION -> text("subject.GRANT." + programme, rehabText(facts.benefitCase()));
            case POOR_HOUSEHOLD_SUPPORT ->
                text(
                        "subject.GRANT." + programme,
                        label("category." + facts.terms().category()).toLowerCase(VI),
                        facts.terms().effectiveMonth().getYear());
            default -> text("subject.GRANT." + programme);
        };
    }

    public static DecisionSheet sheet(Facts facts) {
        ApprovalAuthority rule = facts.rule();
        AdminUnit unit = facts.issuingUnit();
        boolean committee = rule.isPeoplesCommittee();
        String unitName = unit.fullName();
        String issuingBody = committee
                ? (rule.issuingBody() + " " + unitName).toUpperCase(VI)
                : rule.issuingBody().toUpperCase(VI);
        String parentBody = committee
                ? null
                : ("Ủy ban nhân dân "
                                + (facts.parentUnit() == null
                                        ? unitName
                                        : facts.parentUnit().fullName()))
                        .toUpperCase(VI);
        String authority = (rule.signerTitle() + " " + rule.issuingBody() + " " + unitName).toUpperCase(VI);

        List<String> bases = new ArrayList<>();
        bases.add(text("basis.localGovernment"));
        for (String basis : rule.legalBasis().split(";")) {
            bases.add(text("basis.rule", basis.strip()));
        }
        if (facts.replaced() != null) {
            bases.add(text(
                    "basis.replaces",
                    facts.replaced().number(),
                    date(facts.replaced().signedOn())));
        } else {
            bases.add(text("basis.proposal", facts.proposer(), date(facts.signedOn())));
        }

        String who = honorific(facts.person()) + " " + facts.person().fullName();
        String office = committee ? "Ủy ban nhân dân " + unitName : rule.issuingBody();
        List<DecisionSheet.Article> articles = List.of(
                new DecisionSheet.Article("Điều 1.", article1(facts, who)),
                new DecisionSheet.Article("Điều 2.", List.of(text("article2"))),
                new DecisionSheet.Article("Điều 3.", List.of(article3(facts, office, who))));
        List<String> recipients = new ArrayList<>();
        recipients.add(text("recipient.asArticle3"));
        if (facts.claimant() != null) {
            recipients.add(text(
                    "recipient.person",
                    capitalise(honorific(facts.claimant().person())),
                    facts.claimant().person().fullName()));
        }
        recipients.add(text(
                "recipient.superior",
                facts.parentUnit() == null
                        ? "Sở Nội vụ"
                        : "UBND " + facts.parentUnit().fullName()));
        recipients.add(text("recipient.archive"));
        return new DecisionSheet(
                parentBody,
                issuingBody,
                facts.number(),
                placeName(unit),
                facts.signedOn(),
                subject(facts),
                authority,
                bases,
                articles,
                recipients,
                committee ? text("capacity.committee") : "",
                rule.signerTitle().toUpperCase(VI),
                facts.signerName());
    }

    /**
     * Who carries the decision out: besides the offices, the person named in Article 1; for a funeral
     * support the claimant who receives the money (or the deceased's family when none is named), and for
     * an allowance ended by a death, the family.
     */
    private static String article3(Facts facts, String office, String who) {
        boolean funeral = facts.benefitCase().lifecycle() == vn.ansinh.casework.domain.Lifecycle.ONE_TIME_SUPPORT;
        boolean death = facts.terms().kind() == DecisionKind.TERMINATION
                && facts.benefitCase().endReason() == vn.ansinh.casework.domain.EndReason.DEATH;
        if (funeral && facts.claimant() != null) {
            Person claimant = facts.claimant().person();
            return text("article3.named", office, honorific(claimant) + " " + claimant.fullName());
        }
        if (funeral || death) {
            return text("article3.named", office, text("family", who));
        }
        return text("article3", office, honorific(facts.person()));
    }

    private static List<String> article1(Facts facts, String who) {
        DecisionTerms terms = facts.terms();
        BenefitCase c = facts.benefitCase();
        Person person = facts.person();
        List<String> lines = new ArrayList<>();
        String opening = switch (terms.kind()) {
            case GRANT ->
                switch (c.lifecycle()) {
                    case ONE_TIME_SUPPORT -> text("article1.GRANT.funeral", who);
                    case REHABILITATION -> text("article1.GRANT.rehabilitation", who, rehabText(c));
                    case POVERTY_RECOGNITION ->
                        text(
                                "article1.GRANT.poverty",
                                who,
                                label("category." + terms.category()).toLowerCase(VI),
                                terms.effectiveMonth().getYear());
                    case MONTHLY_ALLOWANCE -> text("article1.GRANT.allowance", who);
                };
            default -> text("article1." + terms.kind(), who);
        };
        lines.add(opening + ":");
        lines.add(text(
                "person.line",
                capitalise(honorific(person)),
                person.fullName(),
                person.birthDate().format(),
                person.personalId() == null
                        ? text("person.noId")
                        : person.personalId().value(),
                facts.personAddress()));
        lines.add(text("terms.category", label("category." + terms.category())));
        if (terms.disabilityLevel() != null) {
            lines.add(text("terms.disability", label("field.DISABILITY_LEVEL." + terms.disabilityLevel())));
        }
        if (terms.coefficient() != null && terms.standardLevel() != null) {
            // an amount derived from the base salary (lương cơ sở) says so, not "mức chuẩn"
            boolean baseSalary = vn.ansinh.benefit.domain.Scheme.of(terms.category())
                    .filter(scheme -> scheme == vn.ansinh.benefit.domain.Scheme.BASE_SALARY)
                    .isPresent();
            lines.add(text(
                    baseSalary ? "terms.baseSalaryMultiple" : "terms.coefficient",
                    coefficient(terms.coefficient()),
                    money(terms.standardLevel())));
        }
        if (terms.monthlyAmount() != null) {
            lines.add(text("terms.monthly", money(terms.monthlyAmount())));
        }
        if (terms.oneTimeAmount() != null) {
            lines.add(text("terms.oneTime", money(terms.oneTimeAmount())));
        }
        if (facts.claimant() != null) {
            Person claimant = facts.claimant().person();
            lines.add(text(
                    "terms.claimant",
                    capitalise(honorific(claimant)),
                    claimant.fullName(),
                    claimant.birthDate().format(),
                    claimant.personalId() == null
                            ? text("person.noId")
                            : claimant.personalId().value(),
                    facts.claimant().address()));
        }
        YearMonth month = terms.effectiveMonth();
        String mm = "%02d".formatted(month.getMonthValue());
        switch (terms.kind()) {
            case ADJUSTMENT -> lines.add(text("terms.changeFrom", mm, month.getYear()));
            case TERMINATION -> lines.add(text("terms.stopFrom", mm, month.getYear()));
            case SUSPENSION -> lines.add(text("terms.suspendFrom", mm, month.getYear()));
            case REINSTATEMENT -> lines.add(text("terms.resumeFrom", mm, month.getYear()));
            default -> {
                if (c.lifecycle() == vn.ansinh.casework.domain.Lifecycle.MONTHLY_ALLOWANCE) {
                    lines.add(text("terms.from", mm, month.getYear()));
                }
            }
        }
        lines.addAll(facts.moreTerms());
        if (facts.endReasonText() != null) {
            lines.add(text("terms.reason", facts.endReasonText()));
        }
        if (facts.replaced() != null) {
            lines.add(text(
                    "terms.replaces",
                    facts.replaced().number(),
                    date(facts.replaced().signedOn())));
        }
        return lines;
    }

    private static String rehabText(BenefitCase c) {
        RehabMode rehabMode = c.rehabilitation().mode();
        String mode =
                rehabMode == null ? "" : label("case.rehabMode." + rehabMode).toLowerCase(VI);
        return mode.isEmpty() ? "" : mode;
    }

    private static String placeName(AdminUnit unit) {
        return unit.name();
    }

    private static String honorific(Person person) {
        return person.sex() == Sex.FEMALE ? text("person.FEMALE") : text("person");
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(VI) + word.substring(1);
    }

    /** Coefficient in the Vietnamese form: {@code 1,5}. */
    public static String coefficient(BigDecimal value) {
        return vn.ansinh.shared.text.Coefficients.text(value, VI);
    }

    static String text(String key, Object... arguments) {
        String pattern = WORDING.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // years and counts as written, never "2.026"
            plain[i] = arguments[i] instanceof Number n ? n.toString() : arguments[i];
        }
        return new MessageFormat(pattern, VI).format(plain);
    }

    /**
     * A meritorious person's case fact as Article 1 of an adjustment prints it (issue 10, i10-lists): the
     * value as the dossier's field holds it, the caregiver already as a name.
     */
    static String fact(vn.ansinh.shared.kernel.ProgrammeField field, String value) {
        return switch (field) {
            case LIVES_ALONE, SEVERE_WOUNDS -> text("fact." + field.name() + "." + value);
            case HELPER_AWARD -> text("fact." + field.name(), label(field.optionKey(value)));
            default -> text("fact." + field.name(), value);
        };
    }

    static String label(String key) {
        return LABELS.containsKey(key) ? LABELS.getString(key) : key;
    }
}
