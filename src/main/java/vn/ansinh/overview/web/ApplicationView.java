package vn.ansinh.overview.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.intake.application.IntakeService;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.ApplicationDocument;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.time.VietnamTime;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.RecordParam;

/**
 * An application (hồ sơ): opened for a person ({@code ?personId=}) or shown ({@code ?id=}); the
 * programme's own fields follow the chosen category; scanned documents are attached one by one.
 */
@Named
@ViewScoped
public class ApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IntakeService intake;

    @Inject
    private RegistryReader registry;

    @Inject
    private CaseService cases;

    @Inject
    private Clock clock;

    private BenefitCase benefitCase;

    private String id;
    private String personId;
    private Person person;
    private Application application;
    private Programme programme;
    private Category category;
    private final Map<ProgrammeField, String> values = new EnumMap<>(ProgrammeField.class);
    private LocalDate receivedOn;
    private DocumentKind documentKind = DocumentKind.APPLICATION_FORM;
    private List<ApplicationDocument> documents = List.of();

    public void load() {
        if (id != null) {
            RecordParam.find(id, this::open);
        } else {
            person = RecordParam.find(personId, this::applicant).orElse(null);
            receivedOn = VietnamTime.today(clock);
        }
    }

    /** The person of a new application: 403 to a user who may not open one for them. */
    private Person applicant(long id) {
        Person found = registry.person(id);
        if (!intake.mayOpenFor(found)) {
            throw Pages.roleRefusal("new application");
        }
        return found;
    }

    private Application open(long applicationId) {
        application = intake.application(applicationId);
        person = registry.person(application.personId());
        category = application.category();
        programme = category.programme();
        values.putAll(application.values());
        documents = intake.documentsOf(application);
        benefitCase = cases.caseOf(application);
        return application;
    }

    public void programmeChanged() {
        category = null;
        values.clear();
    }

    public void save() {
        if (category == null) {
            Messages.fieldError("application:category", "application.error.category");
            return;
        }
        PageActions.attemptForFields(this::fieldRefused, () -> {
            if (application == null) {
                Application opened = intake.open(person.id(), category, values, requiredReceivedOn());
                Pages.redirect("/intake/application.xhtml?id=" + opened.id());
            } else {
                application = intake.update(application, category, values);
                Messages.info("application.saved");
            }
        });
    }

    /** The input of the programme field a refusal names (its first argument), if the form shows it. */
    private String fieldRefused(BusinessRuleException refusal) {
        Object[] arguments = refusal.arguments();
        int index = arguments.length == 0 ? -1 : getFields().indexOf(arguments[0]);
        if (index < 0) {
            return null;
        }
        ProgrammeField field = getFields().get(index);
        return "application:fields:" + index + ":" + (field.offersChoice() ? "choice" : "text");
    }

    public void upload(FileUploadEvent event) {
        PageActions.attempt(() -> {
            try (InputStream content = event.getFile().getInputStream()) {
                intake.attach(application, documentKind, event.getFile().getFileName(), content);
            }
            documents = intake.documentsOf(application);
            application = intake.application(application.id());
            Messages.info("document.attached", event.getFile().getFileName());
        });
    }

    public void markReady() {
        PageActions.attempt(() -> {
            BenefitCase submitted = cases.submit(application);
            Pages.redirect("/casework/case.xhtml?id=" + submitted.id());
        });
    }

    /** The day received (DayConverter read it), or the page's message when none was typed. */
    private LocalDate requiredReceivedOn() {
        if (receivedOn == null) {
            throw new BusinessRuleException("application.error.receivedOn");
        }
        return receivedOn;
    }

    public boolean isMayEdit() {
        return application == null || intake.mayEdit(application);
    }

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public List<Category> getCategories() {
        return programme == null ? List.of() : programme.categories();
    }

    public List<ProgrammeField> getFields() {
        return category == null ? List.of() : category.fields();
    }

    public DocumentKind[] getDocumentKinds() {
        return DocumentKind.values();
    }

    public Map<ProgrammeField, String> getValues() {
        return values;
    }

    /** The case the dossier belongs to, once submitted. */
    /**
     * What the page says of where the dossier stands: once a case exists, the case's status (an application "sent for
     * review" whose case was decided, paid or ended is no longer waiting: issue 14); before, the application's own.
     */
    public String getStatusKey() {
        if (benefitCase != null) {
            return benefitCase.status().labelKey();
        }
        return application == null
                ? "application.status.NEW"
                : application.status().labelKey();
    }

    public BenefitCase getBenefitCase() {
        return benefitCase;
    }

    public Person getPerson() {
        return person;
    }

    public Application getApplication() {
        return application;
    }

    public List<ApplicationDocument> getDocuments() {
        return documents;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(DocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }
}
