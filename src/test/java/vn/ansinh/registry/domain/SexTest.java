package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SexTest {

    @Test
    void eachSexHasItsOwnLabelKey() {
        assertThat(Sex.MALE.labelKey()).isEqualTo("person.sex.MALE");
        assertThat(Sex.FEMALE.labelKey()).isEqualTo("person.sex.FEMALE");
    }
}
