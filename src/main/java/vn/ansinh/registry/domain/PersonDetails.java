package vn.ansinh.registry.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a commune officer records about a person, already validated by its value objects. Optional
 * values are {@code null}.
 */
public record PersonDetails(
        String fullName,
        PartialDate birthDate,
        Sex sex,
        Ethnicity ethnicity,
        PersonalId personalId,
        OldIdNumber oldIdNumber,
        HealthInsuranceCardNumber healthInsuranceCard,
        PhoneNumber phone,
        String address)
        implements Serializable {

    public PersonDetails {
        fullName = VietnameseNames.normaliseForStorage(fullName);
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ethnicity, "ethnicity");
        address = FreeText.of(address);
    }
}
