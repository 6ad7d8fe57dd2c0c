package vn.ansinh.registry.domain;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz targets (Jazzer) of the value objects that read outside input. In {@code ./mvnw
 * verify} they run once per input of their regression corpus ({@code src/test/resources/.../
 * ValueObjectsFuzzTestInputs/<target>/}); they fuzz only with {@code JAZZER_FUZZ=1} (see the fuzz profile).
 * A finding is any exception other than a typed refusal with a known key, or a broken round trip
 * ({@link ValueObjectOracles}).
 */
class ValueObjectsFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void personalId(FuzzedDataProvider data) {
        ValueObjectOracles.personalId(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "2m")
    void partialDate(FuzzedDataProvider data) {
        ValueObjectOracles.partialDate(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "2m")
    void name(FuzzedDataProvider data) {
        ValueObjectOracles.name(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "2m")
    void healthInsuranceCard(FuzzedDataProvider data) {
        ValueObjectOracles.healthInsuranceCard(data.consumeRemainingAsString());
    }
}
