package vn.ansinh.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.persistence.StampedEntity;

/** A person the commune serves (nhân khẩu). Changed only through the methods named for what happens. */
@Entity
@Table(name = "person")
public class Person extends StampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "name_folded", nullable = false)
    private String nameFolded;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "given_name_folded", nullable = false)
    private String givenNameFolded;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Column(name = "birth_month")
    private Integer birthMonth;

    @Column(name = "birth_day")
    private Integer birthDay;

    @Column(name = "sex", nullable = false)
    private String sex;

    @Column(name = "ethnicity", nullable = false)
    private String ethnicity;

    @Column(name = "personal_id")
    private String personalId;

    @Column(name = "old_id_number")
    private String oldIdNumber;

    @Column(name = "health_insurance_no")
    private String healthInsuranceNo;

    @Column(name = "phone")
    private String phone;

    @Column(name = "residence_unit_id", nullable = false)
    private Long residenceUnitId;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "address")
    private String address;

    @Column(name = "date_of_death")
    private LocalDate dateOfDeath;

    @Column(name = "receives_pension")
    private Boolean receivesPension;

    protected Person() {
        // for JPA
    }

    /** Registers a person living in a commune. */
    public static Person register(PersonDetails details, Residence residence, String by, Instant at) {
        Person person = new Person();
        person.stampCreated(by, at);
        person.apply(details, at);
        person.moveTo(residence, details.address(), at);
        return person;
    }

    /** Corrects what was recorded (a typo, a newly issued ID, a new phone number). */
    public void correctDetails(PersonDetails details, Instant at) {
        apply(details, at);
        this.address = details.address();
    }

    /** The person now lives in another commune or at another address. */
    public void moveTo(Residence residence, String newAddress, Instant at) {
        this.residenceUnitId = residence.unitId();
        this.communeCode = residence.communeCode().value();
        this.provinceCode = residence.provinceCode().value();
        this.address = newAddress;
        touch(at);
    }

    /** Records the death (khai tử); a date in the future or before birth is refused. */
    /**
     * Records whether the person receives a pension or a monthly social-insurance benefit (lương hưu, trợ
     * cấp bảo hiểm xã hội hằng tháng), a condition of some categories; {@code null}: not known.
     */
    public void recordPension(Boolean receives, Instant at) {
        this.receivesPension = receives;
        stampUpdated(at);
    }

    /** Whether the person receives a pension, or {@code null} when not recorded. */
    public Boolean receivesPension() {
        return receivesPension;
    }

    public void recordDeath(LocalDate date, LocalDate today, Instant at) {
        if (date.isAfter(today) || date.isBefore(birthDate().earliestDay())) {
            throw new InvalidValueException("person.error.deathDate");
        }
        this.dateOfDeath = date;
        touch(at);
    }

    /** Problems between the personal ID and the recorded sex and birth year (message keys). */
    public List<String> identityProblems() {
        return personalId == null ? List.of() : personalId().checkAgainst(sex(), birthDate());
    }

    private void apply(PersonDetails details, Instant at) {
        this.fullName = details.fullName();
        this.nameFolded = VietnameseNames.fold(details.fullName());
        this.nameKey = VietnameseNames.sortedKey(details.fullName());
        List<String> tokens = VietnameseNames.tokens(details.fullName());
        this.givenNameFolded = tokens.get(tokens.size() - 1);
        PartialDate birth = details.birthDate();
        this.birthYear = birth.year();
        this.birthMonth = birth.month();
        this.birthDay = birth.day();
        this.sex = details.sex().name();
        this.ethnicity = details.ethnicity().code();
        this.personalId =
                details.personalId() == null ? null : details.personalId().value();
        this.oldIdNumber =
                details.oldIdNumber() == null ? null : details.oldIdNumber().value();
        this.healthInsuranceNo = details.healthInsuranceCard() == null
                ? null
                : details.healthInsuranceCard().value();
        this.phone = details.phone() == null ? null : details.phone().value();
        touch(at);
    }

    private void touch(Instant at) {
        stampUpdated(at);
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public PartialDate birthDate() {
        if (birthDay != null) {
            return PartialDate.of(birthYear, birthMonth, birthDay);
        }
        return birthMonth != null ? PartialDate.of(birthYear, birthMonth) : PartialDate.of(birthYear);
    }

    public Sex sex() {
        return Sex.valueOf(sex);
    }

    public Ethnicity ethnicity() {
        return Ethnicity.fromCode(ethnicity);
    }

    public PersonalId personalId() {
        return personalId == null ? null : new PersonalId(personalId);
    }

    public OldIdNumber oldIdNumber() {
        return oldIdNumber == null ? null : new OldIdNumber(oldIdNumber);
    }

    public HealthInsuranceCardNumber healthInsuranceCard() {
        return healthInsuranceNo == null ? null : new HealthInsuranceCardNumber(healthInsuranceNo);
    }

    public PhoneNumber phone() {
        return phone == null ? null : new PhoneNumber(phone);
    }

    public Long residenceUnitId() {
        return residenceUnitId;
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }

    public AdminUnitCode provinceCode() {
        return AdminUnitCode.of(provinceCode);
    }

    public String nameKey() {
        return nameKey;
    }

    public String address() {
        return address;
    }

    public LocalDate dateOfDeath() {
        return dateOfDeath;
    }

    public boolean isDeceased() {
        return dateOfDeath != null;
    }

    public PersonDetails details() {
        return new PersonDetails(
                fullName,
                birthDate(),
                sex(),
                ethnicity(),
                personalId(),
                oldIdNumber(),
                healthInsuranceCard(),
                phone(),
                address);
    }
}
