package vn.ansinh.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.RecordParam;

/**
 * The decision page ({@code ?id=}): the competent authority approves (signing the decision),
 * returns or rejects. A user whose roles may not decide the case (not an approver) gets the 403 page; an
 * approver who may not decide this one (the maker of the case, the wrong level) sees why and no button,
 * even when they type the address themselves. The conditions of the category the person fails
 * under the rules of the day are listed; approving then needs a written reason (kept on the decision).
 */
@Named
@ViewScoped
public class DecideView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    @Inject
    private RegistryReader registry;

    private String id;
    private BenefitCase benefitCase;
    private Person person;
    private String refusal;
    private String note;
    private Decision signed;
    private String overrideReason;
    private java.util.List<String> eligibilityFailures = java.util.List.of();

    public void load() {
        RecordParam.find(id, this::open);
    }

    private BenefitCase open(long caseId) {
        BenefitCase found = cases.benefitCase(caseId);
        if (!cases.mayOpenDecision(found)) {
            throw Pages.roleRefusal("decision page");
        }
        benefitCase = found;
        person = registry.person(benefitCase.personId());
        refusal = cases.decisionRefusal(benefitCase).orElse(null);
        eligibilityFailures = benefitCase.status().awaitsDecision()
                ? cases.eligibilityFailures(benefitCase).stream()
                        .map(f -> Messages.text(f.key(), vn.ansinh.casework.application.Eligibility.arguments(f)))
                        .toList()
                : java.util.List.of();
        return benefitCase;
    }

    public void approve() {
        PageActions.attempt(() -> {
            signed = cases.approve(benefitCase, note, overrideReason);
            Messages.info("case.done.APPROVE");
            load();
        });
    }

    public void send(CaseTransition transition) {
        PageActions.attempt(() -> {
            cases.transition(benefitCase, transition, note);
            Pages.redirect("/casework/case.xhtml?id=" + benefitCase.id());
        });
    }

    public boolean isMayDecide() {
        return benefitCase != null && refusal == null;
    }

    /** The conditions of the category the person fails today, in words; the approver may override them with a reason. */
    public java.util.List<String> getEligibilityFailures() {
        return eligibilityFailures;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BenefitCase getBenefitCase() {
        return benefitCase;
    }

    /** The question before signing: whom the decision grants what, and that it cannot be undone. */
    public String getApprovalQuestion() {
        return benefitCase == null
                ? ""
                : Messages.text(
                        "decide.confirm.approve",
                        person.fullName(),
                        person.birthDate().format(),
                        Messages.text(benefitCase.category().labelKey()));
    }

    /** The question before refusing in writing. */
    public String getRejectionQuestion() {
        return benefitCase == null
                ? ""
                : Messages.text(
                        "decide.confirm.reject",
                        person.fullName(),
                        person.birthDate().format());
    }

    public Person getPerson() {
        return person;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Decision getSigned() {
        return signed;
    }
}
