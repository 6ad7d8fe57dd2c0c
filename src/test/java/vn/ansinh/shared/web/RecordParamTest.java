package vn.ansinh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordParamTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "abc",
                "'",
                "0",
                "-5",
                "1.0",
                " 12",
                "12 ",
                "1e3",
                "0x10",
                "99999999999999999999",
                "9223372036854775808",
                "1234567890123456789"
            })
    void anIdParameterThatNamesNoPossibleRecordIsRefused(String parameter) {
        assertThat(RecordParam.parse(parameter)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", "007", "999999999999999999"})
    void anIdParameterOfDigitsIsTheId(String parameter) {
        assertThat(RecordParam.parse(parameter)).hasValue(Long.parseLong(parameter));
    }
}
