package vn.ansinh.registry.domain;

import java.util.List;
import java.util.stream.Stream;
import vn.ansinh.shared.kernel.InvalidValueException;

/** A member's relationship to the head of household (quan hệ với chủ hộ). */
public enum Relationship {
    HEAD("Chủ hộ"),
    SPOUSE("Vợ/chồng", "Vợ", "Chồng"),
    CHILD("Con", "Con đẻ", "Con nuôi"),
    PARENT("Cha/mẹ", "Cha", "Mẹ", "Bố", "Bố/mẹ"),
    GRANDCHILD("Cháu", "Cháu nội", "Cháu ngoại"),
    GRANDPARENT("Ông/bà", "Ông", "Bà"),
    SIBLING("Anh/chị/em", "Anh", "Chị", "Em"),
    CHILD_IN_LAW("Con dâu/con rể", "Con dâu", "Con rể"),
    OTHER_RELATIVE("Họ hàng khác", "Họ hàng"),
    OTHER("Người ở cùng", "Ở cùng", "Khác");

    private final String vietnameseName;
    private final List<String> aliases;

    Relationship(String vietnameseName, String... aliases) {
        this.vietnameseName = vietnameseName;
        this.aliases = List.of(aliases);
    }

    public String labelKey() {
        return "relationship." + name();
    }

    /** The name used in lists and import files, e.g. {@code Vợ/chồng}. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * The relationship written in Vietnamese, ignoring case, diacritics, spaces and separators: the
     * list names ({@code Vợ/chồng}, {@code Vợ, chồng}, {@code Con dâu/con rể}) and their parts
     * ({@code Vợ}, {@code Con rể}).
     */
    public static Relationship fromVietnamese(String text) {
        String key = key(text);
        for (Relationship relationship : values()) {
            if (Stream.concat(Stream.of(relationship.vietnameseName), relationship.aliases.stream())
                    .map(Relationship::key)
                    .anyMatch(key::equals)) {
                return relationship;
            }
        }
        throw new InvalidValueException("household.error.relationship", text == null ? "" : text.strip());
    }

    private static String key(String text) {
        return VietnameseNames.fold(text).replaceAll("[^a-z]", "");
    }
}
