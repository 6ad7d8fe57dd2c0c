package vn.ansinh.overview.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import vn.ansinh.casework.application.TransferRequests;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.application.RegistryService;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.DuplicateCandidate;
import vn.ansinh.registry.domain.DuplicatePersonalIdException;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonRegisteredElsewhereException;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PossibleDuplicatesException;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.registry.web.PersonForm;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.time.VietnamTime;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.RecordParam;

/**
 * Registering a person, or correcting one ({@code ?id=}). Bad values are shown next to their field;
 * a registered personal ID is refused, with a link to that person inside the user's jurisdiction, or
 * else saying only that the person is registered in another unit and offering to ask that commune to
 * transfer the file; similar people must be looked at (those of another unit without their identity)
 * and acknowledged before the registration goes through. Nothing typed is lost on a refusal. A user who may not
 * register in their jurisdiction (new) or correct the person (edit) gets the 403 page, as the person list hides its
 * button.
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

    @Inject
    private TransferRequests transfers;

    @Inject
    private Clock clock;

    @Inject
    private vn.ansinh.population.application.PopulationService population;

    private String id;
    /** The person being corrected, once the id parameter named one in the user's jurisdiction. */
    private Long personId;

    private long version;
    private PersonForm form = new PersonForm();
    private List<DuplicateCandidate> candidates = List.of();
    private boolean acknowledged;
    private Long existingPersonId;
    private boolean registeredElsewhere;
    private String transferReason;

    public void load() {
        if (id != null) {
            RecordParam.find(id, this::correctable).ifPresent(person -> {
                personId = person.id();
                form = PersonForm.of(person);
                version = person.version();
            });
        } else if (!registry.mayRegisterIn(reader.jurisdiction())) {
            Pages.refuse(Pages.roleRefusal("person registration"));
        } else if (form.getCommuneCode() == null) {
            List<AdminUnit> communes = getCommunes();
            form.setCommuneCode(communes.size() == 1 ? communes.get(0).code().value() : null);
        }
    }

    private Person correctable(long personId) {
        Person person = reader.person(personId);
        if (!registry.mayCorrect(person)) {
            throw Pages.roleRefusal("person correction");
        }
        return person;
    }

    public void save() {
        existingPersonId = null;
        registeredElsewhere = false;
        PersonForm.Result result = form.toDetails(VietnamTime.today(clock));
        if (!result.problems().isEmpty()) {
            result.problems()
                    .forEach((field, e) -> Messages.fieldError("person:" + field, e.messageKey(), e.arguments()));
            return;
        }
        try {
            Person person = id == null
                    ? registry.registerPerson(result.details(), commune(), acknowledged)
                    : registry.correctPerson(personId, result.details(), version);
            if (id == null) {
                // committed: the check's answer, or "not checked", shows on the person page; it never undoes this
                population.checkAtIntake(person);
            }
            Pages.redirect("/registry/person.xhtml?id=" + person.id() + "&saved=true");
        } catch (PersonRegisteredElsewhereException e) {
            registeredElsewhere = true;
            Messages.fieldError("person:personalId", e.messageKey());
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

    /** Asks the commune that holds the person's file to transfer it here (the way forward after a block). */
    public void requestTransfer() {
        try {
            transfers.request(PersonalId.of(form.getPersonalId()), commune(), transferReason);
            registeredElsewhere = false;
            transferReason = null;
            Messages.info("transfer.sent");
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
        } catch (InvalidValueException e) {
            Messages.fieldError("person:personalId", e.messageKey(), e.arguments());
        } catch (BusinessRuleException e) {
            Messages.error(e.messageKey(), e.arguments());
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

    public boolean isRegisteredElsewhere() {
        return registeredElsewhere;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
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
