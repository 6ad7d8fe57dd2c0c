package vn.ansinh.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;

/** A person as the REST API shows it. */
@Schema(name = "Person")
public class PersonDto {

    @Schema(required = true, example = "1234")
    public long id;

    @Schema(required = true, description = "Phiên bản (ETag); gửi lại trong If-Match khi sửa", example = "3")
    public long version;

    @Schema(required = true, example = "Lò Văn Thành")
    public String fullName;

    @Schema(
            required = true,
            description = "Ngày sinh ISO 8601, có thể chỉ năm hoặc năm-tháng",
            pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
            example = "1948-03-15")
    public String birthDate;

    @Schema(
            required = true,
            enumeration = {"MALE", "FEMALE"})
    public String sex;

    @Schema(required = true, description = "Mã dân tộc", example = "01")
    public String ethnicity;

    @Schema(nullable = true, description = "Số định danh cá nhân (12 chữ số)", example = "011048000123")
    public String personalId;

    @Schema(nullable = true)
    public String oldIdNumber;

    @Schema(nullable = true)
    public String healthInsuranceCard;

    @Schema(nullable = true)
    public String phone;

    @Schema(required = true, description = "Mã xã nơi cư trú", example = "03253")
    public String communeCode;

    @Schema(required = true, description = "Mã tỉnh", example = "11")
    public String provinceCode;

    @Schema(nullable = true)
    public String address;

    @Schema(nullable = true, description = "Ngày mất (ISO 8601)", format = "date")
    public String dateOfDeath;

    static PersonDto of(Person p) {
        PersonDto dto = new PersonDto();
        dto.id = p.id();
        dto.version = p.version();
        dto.fullName = p.fullName();
        dto.birthDate = iso(p.birthDate());
        dto.sex = p.sex().name();
        dto.ethnicity = p.ethnicity().code();
        dto.personalId = p.personalId() == null ? null : p.personalId().value();
        dto.oldIdNumber = p.oldIdNumber() == null ? null : p.oldIdNumber().value();
        dto.healthInsuranceCard =
                p.healthInsuranceCard() == null ? null : p.healthInsuranceCard().value();
        dto.phone = p.phone() == null ? null : p.phone().value();
        dto.communeCode = p.communeCode().value();
        dto.provinceCode = p.provinceCode().value();
        dto.address = p.address();
        dto.dateOfDeath = p.dateOfDeath() == null ? null : p.dateOfDeath().toString();
        return dto;
    }

    /** ISO 8601 at the date's precision: {@code 1948}, {@code 1948-03} or {@code 1948-03-15}. */
    static String iso(PartialDate date) {
        String day = date.earliestDay().toString();
        return switch (date.precision()) {
            case YEAR -> day.substring(0, 4);
            case MONTH -> day.substring(0, 7);
            case DAY -> day;
        };
    }

    /** A page of people. */
    @Schema(name = "PersonPage")
    public static class Page {
        @Schema(required = true, type = SchemaType.ARRAY, implementation = PersonDto.class)
        public List<PersonDto> items;

        @Schema(required = true, description = "Trang (từ 0)")
        public int page;

        @Schema(required = true)
        public int size;

        @Schema(required = true, description = "Tổng số kết quả, tối đa 1000 (đếm dừng ở 1000)")
        public int total;
    }
}
