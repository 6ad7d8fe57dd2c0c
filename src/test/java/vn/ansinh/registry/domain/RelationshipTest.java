package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ansinh.shared.kernel.InvalidValueException;

class RelationshipTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Chủ hộ;HEAD",
                "chu ho;HEAD",
                "Vợ/chồng;SPOUSE",
                "Vợ;SPOUSE",
                "Chồng;SPOUSE",
                "vợ / chồng;SPOUSE",
                "Vợ, chồng;SPOUSE",
                "Con;CHILD",
                "Cha/mẹ;PARENT",
                "Bố;PARENT",
                "Mẹ;PARENT",
                "Cháu;GRANDCHILD",
                "Ông/bà;GRANDPARENT",
                "Bà;GRANDPARENT",
                "Anh/chị/em;SIBLING",
                "Em;SIBLING",
                "Con dâu/con rể;CHILD_IN_LAW",
                "Con rể;CHILD_IN_LAW",
                "Họ hàng khác;OTHER_RELATIVE",
                "Người ở cùng;OTHER"
            })
    void theListNamesAndTheirPartsAreRead(String text, Relationship expected) {
        assertThat(Relationship.fromVietnamese(text)).isEqualTo(expected);
    }

    @Test
    void everyRelationshipReadsBackFromItsOwnName() {
        for (Relationship relationship : Relationship.values()) {
            assertThat(Relationship.fromVietnamese(relationship.vietnameseName()))
                    .isEqualTo(relationship);
        }
    }

    @Test
    void anUnknownRelationshipIsRefusedWithTheWordTyped() {
        InvalidValueException e =
                catchThrowableOfType(() -> Relationship.fromVietnamese(" Hàng xóm "), InvalidValueException.class);

        assertThat(e.messageKey()).isEqualTo("household.error.relationship");
        assertThat(e.arguments()).containsExactly("Hàng xóm");
    }
}
