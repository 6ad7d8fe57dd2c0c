package vn.ansinh.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.RecordParam;

/**
 * Recording a death (khai tử) or a move to another commune for a person ({@code ?personId=}); 403 to a user who may
 * run neither command.
 */
@Named
@ViewScoped
public class LifeEventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    @Inject
    private RegistryReader registry;

    @Inject
    private AdminUnitDirectory units;

    private String personId;
    private Person person;
    private LocalDate deathDate;
    private LocalDate moveDate;
    private String newCommune;
    private String newAddress;

    public void load() {
        person = RecordParam.find(personId, id -> {
                    Person found = registry.person(id);
                    if (!cases.mayRecordLifeEvents(found)) {
                        throw Pages.roleRefusal("life events");
                    }
                    return found;
                })
                .orElse(null);
    }

    public void recordDeath() {
        PageActions.attempt(() -> {
            var outcome = cases.recordDeath(person, required(deathDate));
            Messages.info("lifeEvents.deathRecorded", outcome.endedCases().size());
            Pages.redirect(
                    outcome.funeralCaseId() == null
                            ? "/registry/person.xhtml?id=" + person.id()
                            : "/casework/case.xhtml?id=" + outcome.funeralCaseId());
        });
    }

    public void move() {
        PageActions.attempt(() -> {
            var outcome = cases.move(person, commune(), newAddress, required(moveDate));
            Messages.info(
                    "lifeEvents.moved",
                    outcome.endedCases().size(),
                    outcome.transferCases().size());
            Pages.redirect("/registry/person.xhtml?id=" + person.id());
        });
    }

    private AdminUnitCode commune() {
        try {
            return AdminUnitCode.of(newCommune == null ? "" : newCommune.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("person.error.commune");
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

    private static LocalDate required(LocalDate day) {
        if (day == null) {
            throw new BusinessRuleException("case.error.dateRequired");
        }
        return day;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    /** The question before recording a death: whose, and what follows. */
    public String getDeathQuestion() {
        return person == null
                ? ""
                : vn.ansinh.shared.web.Messages.text(
                        "lifeEvents.confirm.death",
                        person.fullName(),
                        person.birthDate().format());
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getDeathDate() {
        return deathDate;
    }

    public void setDeathDate(LocalDate deathDate) {
        this.deathDate = deathDate;
    }

    public LocalDate getMoveDate() {
        return moveDate;
    }

    public void setMoveDate(LocalDate moveDate) {
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
