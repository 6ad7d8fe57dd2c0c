package vn.ansinh.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.ansinh.intake.application.IntakeService;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.portal.application.DossierPackage.PortalPerson;
import vn.ansinh.portal.domain.PortalDossier;
import vn.ansinh.portal.domain.PortalPackageException;
import vn.ansinh.registry.application.RegistryService;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.command.JurisdictionPolicy;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;

/**
 * Writes a checked portal package in one transaction: the person found by personal ID in the commune (or
 * registered), the application opened, its documents attached (the intake's own commands and checks) and the
 * dossier recorded with its status RECEIVED. A refusal anywhere rolls all of it back: no person, application,
 * document row or stored file is left of a refused package.
 */
@ApplicationScoped
public class PortalDossierWriter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private IntakeService intake;

    @Inject
    private RegistryService registry;

    @Inject
    private JurisdictionPolicy jurisdictions;

    @Inject
    private CurrentActor currentActor;

    /** Writes a checked package, all of it or (on a refusal) nothing. */
    @Transactional(value = Transactional.TxType.REQUIRED, rollbackOn = Exception.class)
    public PortalDossier write(DossierPackage dossier) {
        if (!jurisdictions.covers(currentActor.get(), dossier.commune())) {
            throw new PortalPackageException("otherCommune", dossier.commune().value());
        }
        Person person = personFor(dossier);
        Application application =
                intake.open(person.id(), dossier.category(), dossier.fields(), VietnamTime.dayOf(dossier.receivedAt()));
        for (DossierPackage.Attachment attachment : dossier.attachments()) {
            intake.attach(
                    application,
                    attachment.kind(),
                    attachment.fileName(),
                    new ByteArrayInputStream(attachment.content()));
        }
        return engine.submit(
                new RecordPortalDossierCommand(dossier.commune(), application.id(), dossier, applicantJson(dossier)));
    }

    /** The person the application is for, found by personal ID in the commune, or registered there. */
    private Person personFor(DossierPackage dossier) {
        PortalPerson wanted = dossier.person();
        List<Person> found = em.createQuery("select p from Person p where p.personalId = :id", Person.class)
                .setParameter("id", wanted.personalId().value())
                .getResultList();
        if (!found.isEmpty()) {
            Person person = found.get(0);
            if (!person.communeCode().equals(dossier.commune())) {
                throw new PortalPackageException(
                        "personElsewhere", wanted.personalId().masked());
            }
            return person;
        }
        if (wanted.ethnicity() == null) {
            throw new PortalPackageException(
                    "ethnicityNeeded", wanted.personalId().masked());
        }
        PersonDetails details = new PersonDetails(
                wanted.fullName(),
                wanted.birthDate(),
                wanted.sex(),
                wanted.ethnicity(),
                wanted.personalId(),
                null,
                null,
                null,
                wanted.address());
        // similar people nearby do not stop an online dossier: each becomes a pair on the duplicates list
        return registry.registerPerson(details, dossier.commune(), true);
    }

    private static String applicantJson(DossierPackage dossier) {
        PortalPerson applicant = dossier.applicant();
        return Jsons.createObjectBuilder()
                .add("personalId", applicant.personalId().value())
                .add("fullName", applicant.fullName())
                .add("birthDate", applicant.birthDate().toString())
                .add("sex", applicant.sex().name())
                .add("address", applicant.address() == null ? "" : applicant.address())
                .build()
                .toString();
    }
}
