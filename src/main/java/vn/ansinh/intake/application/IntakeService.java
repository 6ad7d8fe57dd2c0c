package vn.ansinh.intake.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ansinh.admin.application.Settings;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.ApplicationDocument;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.StoredFile;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.command.JurisdictionPolicy;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;

/** Intake: opening applications, filling them, attaching documents; reads bounded by jurisdiction. */
@ApplicationScoped
public class IntakeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private RegistryReader registry;

    @Inject
    private DocumentStore store;

    @Inject
    private Settings settings;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private JurisdictionPolicy jurisdictions;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public Application open(
            Long personId, Category category, Map<ProgrammeField, String> values, LocalDate receivedOn) {
        Person person = registry.person(personId);
        return engine.submit(new OpenApplicationCommand(
                personId, person.communeCode(), category, values, receivedOn, VietnamTime.today(clock)));
    }

    public Application update(Application application, Category category, Map<ProgrammeField, String> values) {
        return engine.submit(new UpdateApplicationCommand(
                application.id(), application.communeCode(), category, values, application.version()));
    }

    /**
     * Checks and stores the file, then attaches it: a refused file leaves nothing behind in the dossier, and a file
     * whose row is not committed (the database away, a refusal) is removed from the store again.
     */
    public ApplicationDocument attach(
            Application application, DocumentKind kind, String fileName, InputStream content) {
        long maxBytes = settings.value(SettingKey.UPLOAD_MAX_MEGABYTES)
                        .map(Long::parseLong)
                        .orElse(10L)
                * 1024
                * 1024;
        DocumentStore.Pending pending = store.store(fileName, content, maxBytes);
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            // the row commits with the caller's transaction: the file's fate is decided then
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    store.release(pending, status == Status.STATUS_COMMITTED);
                }
            });
            return engine.submit(attach(application, kind, pending.file()));
        }
        boolean committed = false;
        try {
            ApplicationDocument document = engine.submit(attach(application, kind, pending.file()));
            committed = true;
            return document;
        } finally {
            store.release(pending, committed);
        }
    }

    private static AttachDocumentCommand attach(Application application, DocumentKind kind, StoredFile file) {
        return new AttachDocumentCommand(application.id(), application.communeCode(), kind, file);
    }

    public Application application(Long id) {
        Application application = id == null ? null : em.find(Application.class, id);
        if (application == null) {
            throw new AccessDeniedException("error.notFound", "no application " + id);
        }
        if (!jurisdictions.covers(currentActor.get(), application.communeCode())) {
            throw new AccessDeniedException("error.access.unit", "application outside jurisdiction")
                    .about(application.communeCode());
        }
        return application;
    }

    public List<Application> applicationsOf(Person person) {
        return em.createQuery("select a from Application a where a.personId = :p order by a.id desc", Application.class)
                .setParameter("p", person.id())
                .getResultList();
    }

    public List<ApplicationDocument> documentsOf(Application application) {
        return em.createQuery(
                        "select d from ApplicationDocument d where d.applicationId = :a order by d.id",
                        ApplicationDocument.class)
                .setParameter("a", application.id())
                .getResultList();
    }

    /** A document, if the logged-in user may see the application it belongs to. */
    public ApplicationDocument document(Long id) {
        ApplicationDocument document = id == null ? null : em.find(ApplicationDocument.class, id);
        if (document == null) {
            throw new AccessDeniedException("error.notFound", "no document " + id);
        }
        application(document.applicationId());
        return document;
    }

    public InputStream openContent(ApplicationDocument document) throws java.io.IOException {
        return store.open(document.sha256());
    }

    /** Whether the logged-in user may open an application for the person (the new-application page answers 403 otherwise). */
    public boolean mayOpenFor(Person person) {
        return engine.permits(
                new OpenApplicationCommand(person.id(), person.communeCode(), null, Map.of(), null, null));
    }

    public boolean mayEdit(Application application) {
        return application.status().mayChange()
                && engine.permits(new UpdateApplicationCommand(
                        application.id(),
                        application.communeCode(),
                        application.category(),
                        Map.of(),
                        application.version()));
    }
}
