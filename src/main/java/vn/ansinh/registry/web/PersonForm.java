package vn.ansinh.registry.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.FreeText;
import vn.ansinh.registry.domain.HealthInsuranceCardNumber;
import vn.ansinh.registry.domain.OldIdNumber;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PhoneNumber;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * What the officer types, as text, turned into {@link PersonDetails} by the value objects. Every bad
 * field is reported at once, keyed by the field's id, so each message shows next to its field.
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fullName;
    private String birthDate;
    private Sex sex;
    private Ethnicity ethnicity = Ethnicity.KINH;
    private String personalId;
    private String oldIdNumber;
    private String healthInsuranceCard;
    private String phone;
    private String communeCode;
    private String address;

    public static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.fullName = person.fullName();
        form.birthDate = person.birthDate().format();
        form.sex = person.sex();
        form.ethnicity = person.ethnicity();
        form.personalId =
                person.personalId() == null ? null : person.personalId().value();
        form.oldIdNumber =
                person.oldIdNumber() == null ? null : person.oldIdNumber().value();
        form.healthInsuranceCard = person.healthInsuranceCard() == null
                ? null
                : person.healthInsuranceCard().value();
        form.phone = person.phone() == null ? null : person.phone().value();
        form.communeCode = person.communeCode().value();
        form.address = person.address();
        return form;
    }

    /** The details, or the problems by field id (empty details then). */
    public Result toDetails(LocalDate today) {
        Map<String, InvalidValueException> problems = new LinkedHashMap<>();
        String name = parse("fullName", fullName, problems, VietnameseNames::normaliseForStorage, true);
        PartialDate birth = parse("birthDate", birthDate, problems, v -> PartialDate.parse(v, today), true);
        if (sex == null) {
            problems.put("sex", new InvalidValueException("person.error.sex.required"));
        }
        PersonalId id = parse("personalId", personalId, problems, PersonalId::of, false);
        OldIdNumber oldId = parse("oldIdNumber", oldIdNumber, problems, OldIdNumber::of, false);
        HealthInsuranceCardNumber card =
                parse("healthInsuranceCard", healthInsuranceCard, problems, HealthInsuranceCardNumber::of, false);
        PhoneNumber phoneNumber = parse("phone", phone, problems, PhoneNumber::of, false);
        String addressText = parse("address", address, problems, FreeText::of, false);
        if (id != null && birth != null && sex != null) {
            id.checkAgainst(sex, birth).stream()
                    .findFirst()
                    .ifPresent(key -> problems.put("personalId", new InvalidValueException(key)));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        try {
            return new Result(
                    new PersonDetails(name, birth, sex, ethnicity, id, oldId, card, phoneNumber, addressText),
                    problems);
        } catch (InvalidValueException e) {
            problems.put("fullName", e);
            return new Result(null, problems);
        }
    }

    private static <T> T parse(
            String field,
            String raw,
            Map<String, InvalidValueException> problems,
            Function<String, T> parser,
            boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.put(field, new InvalidValueException("person.error." + field + ".required"));
            }
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (InvalidValueException e) {
            problems.put(field, e);
            return null;
        }
    }

    /** Parsed details, or the problems by field id. */
    public record Result(PersonDetails details, Map<String, InvalidValueException> problems) {}

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Ethnicity getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(Ethnicity ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getPersonalId() {
        return personalId;
    }

    public void setPersonalId(String personalId) {
        this.personalId = personalId;
    }

    public String getOldIdNumber() {
        return oldIdNumber;
    }

    public void setOldIdNumber(String oldIdNumber) {
        this.oldIdNumber = oldIdNumber;
    }

    public String getHealthInsuranceCard() {
        return healthInsuranceCard;
    }

    public void setHealthInsuranceCard(String healthInsuranceCard) {
        this.healthInsuranceCard = healthInsuranceCard;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
