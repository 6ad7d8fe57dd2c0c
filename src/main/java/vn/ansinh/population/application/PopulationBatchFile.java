package vn.ansinh.population.application;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.payment.channel.application.Csv;
import vn.ansinh.population.domain.Mismatch;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationField;
import vn.ansinh.population.domain.PopulationQuery;
import vn.ansinh.shared.upload.CsvReader;
import vn.ansinh.shared.upload.FileSniffer;

/**
 * The batch exchange with the population database, for when the online service is not available to a commune: a
 * request CSV of the unit's people goes out, a result CSV comes back and is read into the same answers as the online
 * check. Both UTF-8 with a byte order mark, semicolons, CRLF ({@link Csv}); dates ISO. [R] The columns are AnSinh's
 * own proposal: the platforms' real batch format is not published.
 *
 * <p>Request: {@value #REQUEST_HEADER}. Result: {@value #RESULT_HEADER}, where {@code tim_thay} and {@code da_mat}
 * are {@code 1} or {@code 0}, and each of {@code ho_ten}, {@code ngay_sinh}, {@code gioi_tinh}, {@code noi_thuong_tru}
 * is empty when the database agrees with what was sent, else the database's value.
 */
public final class PopulationBatchFile {

    static final String REQUEST_HEADER = "ma_tham_chieu;so_dinh_danh;ho_ten;ngay_sinh;gioi_tinh;noi_thuong_tru";
    static final String RESULT_HEADER =
            "ma_tham_chieu;so_dinh_danh;tim_thay;ho_ten;ngay_sinh;gioi_tinh;noi_thuong_tru;da_mat;ngay_mat";

    private static final List<PopulationField> FIELD_COLUMNS = List.of(
            PopulationField.FULL_NAME, PopulationField.BIRTH_DATE, PopulationField.SEX, PopulationField.RESIDENCE);
    private static final int COLUMNS = 9;

    private PopulationBatchFile() {}

    /** A problem of the result file: the line (0 for the file as a whole) and its message key with arguments. */
    public record Problem(int line, String messageKey, List<Object> arguments) implements java.io.Serializable {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** The answers read from a result file, and the lines that could not be read. */
    public record Result(List<PopulationAnswer> answers, List<Problem> problems) implements java.io.Serializable {
        public Result {
            answers = List.copyOf(answers);
            problems = List.copyOf(problems);
        }
    }

    /** The request file for the queries. */
    public static String request(List<PopulationQuery> queries) {
        StringBuilder csv = new StringBuilder(Csv.BOM).append(REQUEST_HEADER).append("\r\n");
        for (PopulationQuery q : queries) {
            csv.append(Csv.line(List.of(
                    q.ref(),
                    q.personalId(),
                    nullToEmpty(q.fullName()),
                    nullToEmpty(q.birthDate()),
                    nullToEmpty(q.sex()),
                    nullToEmpty(q.residence()))));
        }
        return csv.toString();
    }

    /** Reads an uploaded result file (at most {@link FileSniffer#DEFAULT_MAX_BYTES}). */
    public static Result read(String fileName, long declaredSize, InputStream content) {
        FileSniffer.Sniffed file =
                new FileSniffer(FileSniffer.DEFAULT_MAX_BYTES, 100_000).sniff(fileName, declaredSize, content);
        if (file.kind() == FileSniffer.Kind.TOO_BIG) {
            return fileProblem("population.batch.error.tooBig");
        }
        if (file.kind() == FileSniffer.Kind.EMPTY) {
            return fileProblem("population.batch.error.empty");
        }
        return file.utf8Text()
                .map(PopulationBatchFile::read)
                .orElseGet(() -> fileProblem("population.batch.error.encoding"));
    }

    /** Reads the text of a result file. */
    public static Result read(String text) {
        List<PopulationAnswer> answers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean[] header = {false};
        CsvReader.read(text, CsvReader.Quotes.STRICT, new CsvReader.Handler() {
            @Override
            public boolean record(CsvReader.Record record) {
                if (record.isBlank()) {
                    return true;
                }
                if (!header[0]) {
                    header[0] = true;
                    if (!String.join(
                                    ";",
                                    record.fields().stream().map(String::strip).toList())
                            .equals(RESULT_HEADER)) {
                        problems.add(
                                new Problem(record.line(), "population.batch.error.header", List.of(RESULT_HEADER)));
                        return false;
                    }
                    return true;
                }
                try {
                    answers.add(answer(record.fields()));
                } catch (BadLine e) {
                    problems.add(new Problem(record.line(), e.getMessage(), List.of()));
                }
                return true;
            }

            @Override
            public boolean malformed(int line, int number, CsvReader.Malformed why) {
                problems.add(new Problem(line, "population.batch.error.malformed", List.of()));
                return true;
            }
        });
        if (!header[0] && problems.isEmpty()) {
            problems.add(new Problem(0, "population.batch.error.empty", List.of()));
        }
        return new Result(answers, problems);
    }

    private static PopulationAnswer answer(List<String> raw) throws BadLine {
        if (raw.size() != COLUMNS) {
            throw new BadLine("population.batch.error.columns");
        }
        List<String> f = raw.stream().map(String::strip).toList();
        String ref = f.get(0);
        if (!ref.matches("[0-9]{1,18}")) {
            throw new BadLine("population.batch.error.ref");
        }
        boolean found = flag(f.get(2));
        if (!found) {
            return PopulationAnswer.notFound(ref);
        }
        List<PopulationField> matched = new ArrayList<>();
        List<Mismatch> mismatches = new ArrayList<>();
        Map<PopulationField, String> values = new EnumMap<>(PopulationField.class);
        for (int i = 0; i < FIELD_COLUMNS.size(); i++) {
            values.put(FIELD_COLUMNS.get(i), f.get(3 + i));
        }
        values.forEach((field, value) -> {
            if (value.isEmpty()) {
                matched.add(field);
            } else {
                mismatches.add(new Mismatch(field, value));
            }
        });
        boolean deceased = flag(f.get(7));
        LocalDate deathDate = null;
        if (!f.get(8).isEmpty()) {
            try {
                deathDate = LocalDate.parse(f.get(8));
            } catch (DateTimeParseException e) {
                throw new BadLine("population.batch.error.deathDate");
            }
        }
        return PopulationAnswer.found(ref, matched, mismatches, deceased, deathDate);
    }

    private static boolean flag(String value) throws BadLine {
        return switch (value) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new BadLine("population.batch.error.flag");
        };
    }

    private static Result fileProblem(String key) {
        return new Result(List.of(), List.of(new Problem(0, key, List.of())));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A line that cannot be read; the message is the bundle key. */
    private static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String key) {
            super(key);
        }
    }
}
