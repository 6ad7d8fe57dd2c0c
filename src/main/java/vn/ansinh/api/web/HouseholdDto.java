package vn.ansinh.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Relationship;

/** A household with its members, as the REST API shows it. */
@Schema(name = "Household")
public class HouseholdDto {

    @Schema(required = true, example = "56")
    public long id;

    @Schema(required = true, description = "Phiên bản", example = "0")
    public long version;

    @Schema(required = true, description = "Mã hộ (mã xã-số thứ tự)", example = "03253-000012")
    public String code;

    @Schema(required = true, description = "Chủ hộ", example = "1234")
    public long headPersonId;

    @Schema(required = true, example = "03253")
    public String communeCode;

    @Schema(required = true, example = "11")
    public String provinceCode;

    @Schema(required = true, description = "Khu vực", example = "RURAL")
    public String area;

    @Schema(nullable = true)
    public String address;

    @Schema(required = true, type = SchemaType.ARRAY, implementation = MemberDto.class)
    public List<MemberDto> members;

    /** The household; {@code members} as {@code RegistryReader.membersOf} gives them (person, relationship). */
    static HouseholdDto of(Household h, List<Object[]> members) {
        HouseholdDto dto = new HouseholdDto();
        dto.id = h.id();
        dto.version = h.version();
        dto.code = h.code().value();
        dto.headPersonId = h.headPersonId();
        dto.communeCode = h.communeCode().value();
        dto.provinceCode = h.provinceCode().value();
        dto.area = h.area().name();
        dto.address = h.address();
        dto.members = members.stream()
                .map(row -> MemberDto.of((Person) row[0], (Relationship) row[1]))
                .toList();
        return dto;
    }

    /** A member of the household. */
    @Schema(name = "HouseholdMember")
    public static class MemberDto {
        @Schema(required = true, example = "1234")
        public long personId;

        @Schema(required = true, example = "Lò Văn Thành")
        public String fullName;

        @Schema(required = true, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$", example = "1948-03-15")
        public String birthDate;

        @Schema(
                required = true,
                enumeration = {"MALE", "FEMALE"})
        public String sex;

        @Schema(required = true, description = "Quan hệ với chủ hộ", example = "HEAD")
        public String relationship;

        static MemberDto of(Person p, Relationship relationship) {
            MemberDto dto = new MemberDto();
            dto.personId = p.id();
            dto.fullName = p.fullName();
            dto.birthDate = PersonDto.iso(p.birthDate());
            dto.sex = p.sex().name();
            dto.relationship = relationship.name();
            return dto;
        }
    }

    /** What a system sends to found a household. */
    @Schema(name = "HouseholdInput")
    public static class Input {
        @Schema(required = true, description = "Chủ hộ: người đã đăng ký ở xã, chưa thuộc hộ nào", example = "1234")
        public Long headPersonId;

        @Schema(nullable = true, description = "Địa chỉ của hộ (mặc định địa chỉ của chủ hộ)")
        public String address;
    }

    /** What a system sends to admit a member. */
    @Schema(name = "HouseholdMemberInput")
    public static class MemberInput {
        @Schema(required = true, description = "Người đã đăng ký ở xã, chưa thuộc hộ nào", example = "1235")
        public Long personId;

        @Schema(
                required = true,
                description = "Quan hệ với chủ hộ",
                enumeration = {
                    "SPOUSE",
                    "CHILD",
                    "PARENT",
                    "GRANDCHILD",
                    "GRANDPARENT",
                    "SIBLING",
                    "CHILD_IN_LAW",
                    "OTHER_RELATIVE",
                    "OTHER"
                })
        public String relationship;
    }
}
