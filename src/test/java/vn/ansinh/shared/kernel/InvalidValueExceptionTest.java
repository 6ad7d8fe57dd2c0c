package vn.ansinh.shared.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void carriesTheMessageKeyAndItsArguments() {
        InvalidValueException e = new InvalidValueException("person.error.personalId.length", 11);

        assertThat(e.messageKey()).isEqualTo("person.error.personalId.length");
        assertThat(e.arguments()).containsExactly(11);
    }

    @Test
    void theMessageIsTheKeyAloneSoTheRefusedValueNeverReachesALog() {
        InvalidValueException e = new InvalidValueException("person.error.personalId.province", "000");

        assertThat(e.getMessage()).isEqualTo("person.error.personalId.province");
    }

    @Test
    void theArgumentsCannotBeChangedFromOutside() {
        Object[] given = {"a"};
        InvalidValueException e = new InvalidValueException("key", given);
        given[0] = "changed";
        e.arguments()[0] = "changed too";

        assertThat(e.arguments()).containsExactly("a");
    }

    @Test
    void aMessageWithoutArgumentsHasAnEmptyArgumentList() {
        assertThat(new InvalidValueException("person.error.birthDate.future").arguments())
                .isEmpty();
    }
}
