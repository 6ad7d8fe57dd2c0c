package vn.ansinh.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.application.RegistryService;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.DuplicateCandidate;
import vn.ansinh.registry.domain.DuplicatePersonalIdException;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PossibleDuplicatesException;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.BusinessRuleException;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.RecordParam;

/**
 * Registering a person, or correcting one ({@code ?id=}). Bad values are shown next to their field;
 * a registered personal ID is refused with a link to that person; similar people must be looked at
 * and acknowledged before the registration goes through. Nothing typed is lost on a refusal.
 */
@Named
@ViewScoped
public class PersonFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryService registry;

    @Inject
    private RegistryReader reader;

    @Inject
    private AdminUnitDirectory units;

    private String id;
    /** The person being corrected, once the id parameter named one in the user's jurisdiction. */
    private Long personId;
    private long version;
    private PersonForm form = new PersonForm();
    private List<DuplicateCandidate> candidates = List.of();
    private boolean acknowledged;
    private Long existingPersonId;

    public void load() {
        if (id != null) {
            RecordParam.find(id, reader::person).ifPresent(person -> {
                personId = person.id();
                form = PersonForm.of(person);
                version = person.version();
            });
        } else if (form.getCommuneCode() == null) {
            List<AdminUnit> communes = getCommunes();
            form.setCommuneCode(communes.size() == 1 ? communes.get(0).code().value() : null);
        }
    }

    public void save() {
        existingPersonId = null;
        PersonForm.Result result = form.toDetails(LocalDate.now(RegistryService.VIETNAM));
        if (!result.problems().isEmpty()) {
            result.problems().forEach((field, e) -> Messages.fieldError("person:" + field, e.messageKey(), e.arguments()));
            return;
        }
        try {
            Person person = id == null
                    ? registry.registerPerson(result.details(), commune(), acknowledged)
                    : registry.correctPerson(personId, result.details(), version);
            Pages.redirect("/registry/person.xhtml?id=" + person.id() + "&saved=true");
        } catch (DuplicatePersonalIdException e) {
            existingPersonId = e.existingPersonId();
            Messages.fieldError("person:personalId", e.messageKey());
        } catch (PossibleDuplicatesException e) {
            candidates = e.candidates();
            Messages.error(e.messageKey(), e.arguments());
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
        } catch (BusinessRuleException e) {
            Messages.fieldError(fieldOf(e.messageKey()), e.messageKey(), e.arguments());
        }
    }

    private AdminUnitCode commune() {
        if (form.getCommuneCode() == null || form.getCommuneCode().isBlank()) {
            throw new BusinessRuleException("person.error.commune");
        }
        return AdminUnitCode.of(form.getCommuneCode());
    }

    private static String fieldOf(String key) {
        if (key.startsWith("person.error.personalId")) {
            return "person:personalId";
        }
        return key.equals("person.error.commune") ? "person:commune" : null;
    }

    public List<AdminUnit> getCommunes() {
        return units.communesWithin(reader.jurisdiction());
    }

    public String communeName(String code) {
        return units.nameOf(AdminUnitCode.of(code));
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public Ethnicity[] getEthnicities() {
        return Ethnicity.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isDuplicateWarning() {
        return !candidates.isEmpty();
    }

    public List<DuplicateCandidate> getCandidates() {
        return candidates;
    }

    public Long getExistingPersonId() {
        return existingPersonId;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public void setAcknowledged(boolean acknowledged) {
        this.acknowledged = acknowledged;
    }

    public PersonForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
