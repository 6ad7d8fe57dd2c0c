package vn.ansinh.intake.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.persistence.StampedEntity;

/** An application (hồ sơ đề nghị) for a person in a programme, with the programme's own fields. */
@Entity
@Table(name = "application")
public class Application extends StampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme", nullable = false)
    private Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Category category;

    @Column(name = "disability_level")
    private String disabilityLevel;

    @Column(name = "details")
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ApplicationStatus status;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    protected Application() {
        // for JPA
    }

    /** A commune officer opens an application for a living person of the commune. */
    public static Application open(
            Person person,
            Category category,
            Map<ProgrammeField, String> values,
            LocalDate receivedOn,
            LocalDate today,
            String by,
            Instant at) {
        if (person.isDeceased()) {
            throw new IntakeException("application.error.deceased");
        }
        if (receivedOn.isAfter(today)) {
            throw new IntakeException("application.error.receivedInFuture");
        }
        Application application = new Application();
        application.personId = person.id();
        application.communeCode = person.communeCode().value();
        application.provinceCode = person.provinceCode().value();
        application.receivedOn = receivedOn;
        application.status = ApplicationStatus.DRAFT;
        application.stampCreated(by, at);
        application.fill(category, values, at);
        return application;
    }

    /** Changes the category or the programme's fields while the application is a draft. */
    public void fill(Category newCategory, Map<ProgrammeField, String> values, Instant at) {
        if (status != null && !status.mayChange()) {
            throw new IntakeException("application.error.notDraft");
        }
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        for (ProgrammeField field : newCategory.fields()) {
            String raw = values.get(field);
            if (field.optional() && (raw == null || raw.isBlank())) {
                continue;
            }
            json.add(field.name(), field.validate(raw));
        }
        this.category = newCategory;
        this.programme = newCategory.programme();
        this.details = json.build().toString();
        this.disabilityLevel = newCategory.fields().contains(ProgrammeField.DISABILITY_LEVEL)
                ? values.get(ProgrammeField.DISABILITY_LEVEL).strip()
                : null;
        stampUpdated(at);
    }

    /** The dossier is complete: it goes on to review. It needs at least one document. */
    public void markReady(long documentCount, Instant at) {
        if (!status.mayChange()) {
            throw new IntakeException("application.error.notDraft");
        }
        if (documentCount == 0) {
            throw new IntakeException("application.error.noDocuments");
        }
        status = ApplicationStatus.READY;
        stampUpdated(at);
    }

    /** The case was returned to the officer: the dossier may be completed again. */
    public void reopen(Instant at) {
        status = ApplicationStatus.DRAFT;
        stampUpdated(at);
    }

    /**
     * The dossier sent on to the commune a beneficiary moved to: same category and fields, received
     * there on the day of the move, complete (its documents are copied with it).
     */
    public Application transferredTo(Person movedPerson, LocalDate receivedOn, String by, Instant at) {
        Application copy = new Application();
        copy.personId = personId;
        copy.communeCode = movedPerson.communeCode().value();
        copy.provinceCode = movedPerson.provinceCode().value();
        copy.receivedOn = receivedOn;
        copy.status = ApplicationStatus.READY;
        copy.stampCreated(by, at);
        copy.category = category;
        copy.programme = programme;
        copy.details = details;
        copy.disabilityLevel = disabilityLevel;
        copy.stampUpdated(at);
        return copy;
    }

    /**
     * A new dossier for the same person and commune that continues this one in another category
     * (a relapse into compulsory rehabilitation, a household re-classified at a review), as a draft
     * for the officer to complete. The programme's fields are kept where the category has them.
     */
    public Application followUp(Category newCategory, LocalDate today, String by, Instant at) {
        Application next = new Application();
        next.personId = personId;
        next.communeCode = communeCode;
        next.provinceCode = provinceCode;
        next.receivedOn = today;
        next.status = ApplicationStatus.DRAFT;
        next.stampCreated(by, at);
        Map<ProgrammeField, String> kept = new java.util.EnumMap<>(ProgrammeField.class);
        values().forEach((field, value) -> {
            if (newCategory.fields().contains(field)) {
                kept.put(field, value);
            }
        });
        for (ProgrammeField field : newCategory.fields()) {
            kept.putIfAbsent(
                    field, field.options().isEmpty() ? null : field.options().get(0));
        }
        next.fill(newCategory, kept, at);
        return next;
    }

    /**
     * The funeral-support dossier opened when a death is recorded, in the commune where the person
     * lived; the family completes it with the death certificate.
     */
    public static Application forFuneral(
            Person deceased, Category funeralCategory, LocalDate today, String by, Instant at) {
        if (funeralCategory.programme() != Programme.FUNERAL_SUPPORT) {
            throw new IllegalArgumentException(funeralCategory + " is not a funeral support");
        }
        Application application = new Application();
        application.personId = deceased.id();
        application.communeCode = deceased.communeCode().value();
        application.provinceCode = deceased.provinceCode().value();
        application.receivedOn = today;
        application.status = ApplicationStatus.DRAFT;
        application.stampCreated(by, at);
        application.fill(funeralCategory, Map.of(), at);
        return application;
    }

    public Map<ProgrammeField, String> values() {
        Map<ProgrammeField, String> values = new LinkedHashMap<>();
        if (details != null) {
            JsonObject json = Jsons.createReader(new StringReader(details)).readObject();
            json.forEach((key, value) -> values.put(ProgrammeField.valueOf(key), json.getString(key)));
        }
        return values;
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public Programme programme() {
        return programme;
    }

    public Category category() {
        return category;
    }

    public ApplicationStatus status() {
        return status;
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }

    public AdminUnitCode provinceCode() {
        return AdminUnitCode.of(provinceCode);
    }

    public String disabilityLevel() {
        return disabilityLevel;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String detailsJson() {
        return details;
    }
}
