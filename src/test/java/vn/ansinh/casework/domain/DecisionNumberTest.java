package vn.ansinh.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecisionNumberTest {

    @Test
    void aNumberIsWrittenInTheVietnameseForm() {
        assertThat(new DecisionNumber(125, "QĐ-UBND")).hasToString("125/QĐ-UBND");
        assertThat(new DecisionNumber(7, "QĐ-SNV")).hasToString("7/QĐ-SNV");
    }

    @Test
    void aZeroSequenceOrAMalformedSymbolIsRefused() {
        assertThatThrownBy(() -> new DecisionNumber(0, "QĐ-UBND")).hasMessage("decision.error.sequence");
        assertThatThrownBy(() -> new DecisionNumber(3, "QD-UBND")).hasMessage("decision.error.symbol");
        assertThatThrownBy(() -> new DecisionNumber(3, null)).hasMessage("decision.error.symbol");
    }
}
