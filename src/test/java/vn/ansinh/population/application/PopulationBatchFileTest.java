package vn.ansinh.population.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.population.domain.CheckOutcome;
import vn.ansinh.population.domain.Mismatch;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationField;
import vn.ansinh.population.domain.PopulationQuery;
import vn.ansinh.shared.upload.CsvReader;

/** The batch exchange on real bytes: the request file written, result files read. */
class PopulationBatchFileTest {

    private static final String HEADER = PopulationBatchFile.RESULT_HEADER + "\r\n";

    private static PopulationBatchFile.Result read(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return PopulationBatchFile.read("ket-qua.csv", bytes.length, new ByteArrayInputStream(bytes));
    }

    @Test
    void theRequestFileIsUtf8WithABomAndReadsBackWithTheAppsCsvReader() {
        String csv = PopulationBatchFile.request(List.of(
                new PopulationQuery("17", "011150000202", "Quàng Thị Ún", "1950", "FEMALE", "03253"),
                new PopulationQuery("18", "011048000101", "Lò Văn; \"Pọm\"", "1948-03-15", "MALE", "03253")));
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        List<List<String>> records = new java.util.ArrayList<>();
        CsvReader.read(new String(bytes, StandardCharsets.UTF_8), CsvReader.Quotes.STRICT, new CsvReader.Handler() {
            @Override
            public boolean record(CsvReader.Record record) {
                records.add(record.fields());
                return true;
            }

            @Override
            public boolean malformed(int line, int number, CsvReader.Malformed why) {
                throw new AssertionError("malformed at " + line);
            }
        });
        assertThat(records).hasSize(3);
        assertThat(String.join(";", records.get(0))).isEqualTo(PopulationBatchFile.REQUEST_HEADER);
        assertThat(records.get(1)).containsExactly("17", "011150000202", "Quàng Thị Ún", "1950", "FEMALE", "03253");
        assertThat(records.get(2).get(2)).isEqualTo("Lò Văn; \"Pọm\"");
    }

    @Test
    void aResultFileGivesTheSameAnswersAsTheOnlineCheck() {
        PopulationBatchFile.Result result = read("\uFEFF" + HEADER
                + "1;011048000101;1;;;;;0;\r\n"
                + "2;011150000202;1;;;;;1;2026-10-02\r\n"
                + "3;011055000303;1;Lường Văn Xôm;1955-07-01;;;0;\r\n"
                + "4;011099999999;0;;;;;0;\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.answers())
                .extracting(PopulationAnswer::outcome)
                .containsExactly(
                        CheckOutcome.MATCHED, CheckOutcome.DECEASED, CheckOutcome.MISMATCHED, CheckOutcome.NOT_FOUND);
        assertThat(result.answers().get(1).deathDate()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(result.answers().get(2).mismatches())
                .containsExactly(
                        new Mismatch(PopulationField.FULL_NAME, "Lường Văn Xôm"),
                        new Mismatch(PopulationField.BIRTH_DATE, "1955-07-01"));
        assertThat(result.answers().get(2).matched()).containsExactly(PopulationField.SEX, PopulationField.RESIDENCE);
    }

    @Test
    void badLinesAreReportedWithTheirLineAndTheGoodOnesStillRead() {
        PopulationBatchFile.Result result = read(HEADER
                + "1;011048000101;có;;;;;0;\r\n"
                + "2;011150000202;1;;;;;1;02/10/2026\r\n"
                + "x;011150000202;1;;;;;1;\r\n"
                + "3;011055000303;1;;;\r\n"
                + "4;011099999999;0;;;;;0;\r\n");

        assertThat(result.answers()).extracting(PopulationAnswer::ref).containsExactly("4");
        assertThat(result.problems())
                .extracting(PopulationBatchFile.Problem::line, PopulationBatchFile.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "population.batch.error.flag"),
                        org.assertj.core.groups.Tuple.tuple(3, "population.batch.error.deathDate"),
                        org.assertj.core.groups.Tuple.tuple(4, "population.batch.error.ref"),
                        org.assertj.core.groups.Tuple.tuple(5, "population.batch.error.columns"));
    }

    @Test
    void aFileWithAnotherHeaderOrEncodingIsRefusedAsAWhole() {
        assertThat(read("ma;so\r\n1;2\r\n").problems())
                .extracting(PopulationBatchFile.Problem::messageKey)
                .containsExactly("population.batch.error.header");
        byte[] latin1 = (HEADER + "1;011048000101;1;Lò;;;;0;\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PopulationBatchFile.read("x.csv", latin1.length, new ByteArrayInputStream(latin1))
                        .problems())
                .extracting(PopulationBatchFile.Problem::messageKey)
                .containsExactly("population.batch.error.encoding");
        assertThat(read("").problems())
                .extracting(PopulationBatchFile.Problem::messageKey)
                .containsExactly("population.batch.error.empty");
    }

    @Test
    void theSampleResultFileOfTheManualReadsWithoutAProblem() throws java.io.IOException {
        byte[] bytes =
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/docs/samples/population-result.csv"));
        PopulationBatchFile.Result result =
                PopulationBatchFile.read("population-result.csv", bytes.length, new ByteArrayInputStream(bytes));

        assertThat(result.problems()).isEmpty();
        assertThat(result.answers())
                .extracting(PopulationAnswer::outcome)
                .containsExactly(
                        CheckOutcome.MATCHED, CheckOutcome.DECEASED, CheckOutcome.MISMATCHED, CheckOutcome.NOT_FOUND);
    }
}
