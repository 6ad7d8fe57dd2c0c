package vn.ansinh.api.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.registry.web.PersonForm;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * What a system sends to register or correct a person. Checked by the same {@link PersonForm} as the pages' form
 * (every bad field at once, keyed by its name); only the date is written the ISO way.
 */
@Schema(name = "PersonInput")
public class PersonInput {

    private static final Pattern ISO_PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    @Schema(required = true, example = "Lò Thị Mai")
    public String fullName;

    @Schema(required = true, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$", example = "1950-07-01")
    public String birthDate;

    @Schema(
            required = true,
            enumeration = {"MALE", "FEMALE"})
    public String sex;

    @Schema(description = "Mã dân tộc (mặc định 01, Kinh)", example = "01")
    public String ethnicity;

    @Schema(nullable = true, example = "011150000777")
    public String personalId;

    @Schema(nullable = true)
    public String oldIdNumber;

    @Schema(nullable = true)
    public String healthInsuranceCard;

    @Schema(nullable = true)
    public String phone;

    @Schema(description = "Mã xã nơi cư trú (khi đăng ký)", example = "03253")
    public String communeCode;

    @Schema(nullable = true)
    public String address;

    @Schema(description = "Đã xem các người có thể trùng và vẫn đăng ký (khi đăng ký)")
    public boolean duplicatesAcknowledged;

    /** The details, or a 422 naming each bad field. */
    PersonDetails toDetails(LocalDate today) {
        Map<String, InvalidValueException> problems = new LinkedHashMap<>();
        PersonForm form = new PersonForm();
        form.setFullName(fullName);
        form.setBirthDate(vietnameseDate(birthDate, problems));
        form.setSex(parse("sex", sex, Sex::valueOf, problems));
        if (ethnicity != null && !ethnicity.isBlank()) {
            form.setEthnicity(parse("ethnicity", ethnicity, Ethnicity::fromCode, problems));
        }
        form.setPersonalId(personalId);
        form.setOldIdNumber(oldIdNumber);
        form.setHealthInsuranceCard(healthInsuranceCard);
        form.setPhone(phone);
        form.setAddress(address);
        PersonForm.Result result = form.toDetails(today);
        result.problems().forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw ApiException.invalidFields(problems);
        }
        return result.details();
    }

    /** The commune to register in, or a 422 naming the field. */
    AdminUnitCode commune() {
        Map<String, InvalidValueException> problems = new LinkedHashMap<>();
        AdminUnitCode code = communeCode == null || communeCode.isBlank()
                ? null
                : parse("communeCode", communeCode, AdminUnitCode::of, problems);
        if (code == null && problems.isEmpty()) {
            problems.put("communeCode", new InvalidValueException("api.error.required"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalidFields(problems);
        }
        return code;
    }

    /** {@code 1948-03-15} → {@code 15/03/1948} (and the month and year forms), which the form reads. */
    private static String vietnameseDate(String iso, Map<String, InvalidValueException> problems) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        Matcher m = ISO_PARTIAL.matcher(iso.strip());
        if (!m.matches()) {
            problems.put("birthDate", new InvalidValueException("api.error.isoDate"));
            return "";
        }
        return m.group(3) != null
                ? m.group(3) + "/" + m.group(2) + "/" + m.group(1)
                : m.group(2) != null ? m.group(2) + "/" + m.group(1) : m.group(1);
    }

    private static <T> T parse(
            String field,
            String raw,
            java.util.function.Function<String, T> parser,
            Map<String, InvalidValueException> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (InvalidValueException e) {
            problems.put(field, e);
            return null;
        } catch (IllegalArgumentException e) {
            problems.put(field, new InvalidValueException("api.error.unknownValue", raw));
            return null;
        }
    }
}
