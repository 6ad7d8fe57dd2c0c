package vn.ansinh.payment.channel.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests of the bank's result file ({@link BankResultParser}): any text or bytes, and CSV files
 * whose header has the columns in any order, one missing or repeated, and rows with cells from pools of good
 * and near-good values (a line of another run or bank, an amount written 100.000 or 1e5, a failure without a
 * reason, the same line twice …). The report answers, every message has a key in both bundles, and only rows
 * naming an exported line of the run and bank with its amount are applied, once ({@link BankResultOracle}).
 */
class BankResultPropertiesTest {

    static final List<String> HEADER = List.of(
            "STT",
            "ma_dong",
            "so_tai_khoan",
            "ten_nguoi_huong",
            "so_dinh_danh",
            "so_tien",
            "noi_dung",
            "ket_qua",
            "ly_do");

    @Property(tries = 100)
    void anyTextGetsAReport(@ForAll("anyText") String text) {
        BankResultOracle.check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 60)
    void anyBytesGetAReport(@ForAll byte[] bytes) {
        BankResultOracle.check(bytes);
    }

    @Property(tries = 150)
    void rowsOfNearGoodValuesAreReadOrRefusedWithAKey(
            @ForAll("header") List<String> header,
            @ForAll("rows") List<List<String>> rows,
            @ForAll("separators") String separator) {
        StringBuilder csv = new StringBuilder(String.join(separator, header)).append("\r\n");
        for (List<String> row : rows) {
            csv.append(Csv.line(row).replace(";", separator));
        }
        BankResultOracle.check(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> csvish = Arbitraries.strings()
                .withChars("0123456789,;.\t\"\r\n THANH_CONGTB")
                .ofMaxLength(120);
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200), csvish, csvish.map(s -> String.join(";", HEADER) + "\n" + s));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(";", ",", "\t");
    }

    @Provide
    Arbitrary<List<String>> header() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, HEADER.size() - 1),
                        Arbitraries.longs())
                .as((how, i, seed) -> {
                    List<String> header = new ArrayList<>(HEADER);
                    switch (how) {
                        case 1 -> Collections.shuffle(header, new java.util.Random(seed));
                        case 2 -> header.set(i, "cot_la");
                        case 3 ->
                            header.set(i, header.get((i + 1) % header.size()).toUpperCase());
                        default -> {}
                    }
                    return header;
                });
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<List<String>> row = Combinators.combine(
                        Arbitraries.of("1", "2", ""),
                        Arbitraries.of(
                                "1",
                                "2",
                                "3",
                                "5",
                                "6",
                                "7",
                                "8",
                                "9",
                                "abc",
                                "",
                                "-1",
                                "1.0",
                                "99999999999999999999",
                                "000000000000000001"),
                        Arbitraries.of("ACC1", "ACC2", "", "ACC9"),
                        Arbitraries.of("Lò Thị Én", "", "=1+1"),
                        Arbitraries.of("011152000321", ""),
                        Arbitraries.of(
                                "100000",
                                "100.000",
                                "100,000",
                                "100 000",
                                "100000.00",
                                "200000",
                                "1e5",
                                "",
                                "-100000",
                                "999999999999999999999",
                                "100.000,00"),
                        Arbitraries.of("TRO CAP", ""),
                        Arbitraries.of("THANH_CONG", "THAT_BAI", "Thành công", "thất bại", "OK", ""))
                .as((stt, id, account, name, pid, amount, content, result) ->
                        List.of(stt, id, account, name, pid, amount, content, result));
        Arbitrary<List<String>> full = Combinators.combine(row, Arbitraries.of("", "Sai số tài khoản", "\"quoted\""))
                .as((values, reason) -> {
                    List<String> copy = new ArrayList<>(values);
                    copy.add(reason);
                    return copy;
                });
        Arbitrary<List<String>> shorter = full.map(values -> values.subList(0, values.size() - 2));
        return Arbitraries.oneOf(full, full, full, shorter, row)
                .list()
                .ofMinSize(1)
                .ofMaxSize(6);
    }
}
