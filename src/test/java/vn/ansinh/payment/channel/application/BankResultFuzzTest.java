package vn.ansinh.payment.channel.application;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target of a bank's result file: the bytes of an upload as they come. Fuzz only with {@code
 * JAZZER_FUZZ=1}; otherwise its regression corpus runs ({@link BankResultOracle}).
 */
class BankResultFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void upload(byte[] bytes) {
        BankResultOracle.check(bytes);
    }
}
