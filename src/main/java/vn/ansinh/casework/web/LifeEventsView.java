package vn.ansinh.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.RecordParam;

/** Recording a death (khai tử) or a move to another commune for a person ({@code ?personId=}). */
@Named
@ViewScoped
public class LifeEventsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

    @Inject
    private CaseService cases;

    @Inject
    private RegistryReader registry;

    @Inject
    private AdminUnitDirectory units;

    private String personId;
    private Person person;
    private String deathDate;
    private String moveDate;
    private String newCommune;
    private String newAddress;

    public void load() {
        person = RecordParam.find(personId, registry::person).orElse(null);
    }

    public void recordDeath() {
        try {
            var outcome = cases.recordDeath(person, parse(deathDate));
            Messages.info("lifeEvents.deathRecorded", outcome.endedCases().size());
            Pages.redirect(
                    outcome.funeralCaseId() == null
                            ? "/registry/person.xhtml?id=" + person.id()
                            : "/casework/case.xhtml?id=" + outcome.funeralCaseId());
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
        } catch (BusinessRuleException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    public void move() {
        try {
            if (newCommune == null || newCommune.isBlank()) {
                throw new BusinessRuleException("person.error.commune");
            }
            var outcome = cases.move(person, AdminUnitCode.of(newCommune.strip()), newAddress, parse(moveDate));
            Messages.info(
                    "lifeEvents.moved",
                    outcome.endedCases().size(),
                    outcome.transferCases().size());
            Pages.redirect("/registry/person.xhtml?id=" + person.id());
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
        } catch (BusinessRuleException e) {
            Messages.error(e.messageKey(), e.arguments());
        } catch (IllegalArgumentException e) {
            Messages.error("person.error.commune");
        }
    }

    /** Communes of the country to move to, by name (the province's first, then others). */
    public List<AdminUnit> completeCommune(String text) {
        String query = text == null ? "" : text.strip().toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return units.communesWithin(AdminUnitCode.NATIONAL).stream()
                .filter(u -> u.fullName()
                                .toLowerCase(java.util.Locale.forLanguageTag("vi"))
                                .contains(query)
                        || u.code().value().startsWith(query))
                .limit(20)
                .toList();
    }

    private static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("case.error.dateRequired");
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("case.error.dateFormat", text.strip());
        }
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public Person getPerson() {
        return person;
    }

    public String getDeathDate() {
        return deathDate;
    }

    public void setDeathDate(String deathDate) {
        this.deathDate = deathDate;
    }

    public String getMoveDate() {
        return moveDate;
    }

    public void setMoveDate(String moveDate) {
        this.moveDate = moveDate;
    }

    public String getNewCommune() {
        return newCommune;
    }

    public void setNewCommune(String newCommune) {
        this.newCommune = newCommune;
    }

    public String getNewAddress() {
        return newAddress;
    }

    public void setNewAddress(String newAddress) {
        this.newAddress = newAddress;
    }
}
