package vn.ansinh.payment.channel.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.ansinh.payment.channel.domain.ResultOutcome;

/**
 * Reads a bank's result file (CSV, the export's columns plus {@code ket_qua} THANH_CONG / THAT_BAI and
 * {@code ly_do}) for one run and one bank, and reports each row without writing anything: paid,
 * failed (with the bank's reason), already recorded (the same result imported before), or rejected
 * with why (ma_dong unreadable or unknown, a line of another run or bank, not exported, another
 * amount or account, a result value other than the two, a failure without reason, the same line twice
 * in the file). UTF-8 with or without a byte order mark; {@code ;} or {@code ,} between fields;
 * headers in any order and case. Not thread-safe: one parser per upload.
 */
public final class BankResultParser {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    /** Finds the lines a file names (those that exist), by id. */
    @FunctionalInterface
    public interface LineLookup {
        Map<Long, LineState> find(Collection<Long> ids);
    }

    private final long runId;
    private final String bankCode;
    private final LineLookup lines;

    public BankResultParser(long runId, String bankCode, LineLookup lines) {
        this.runId = runId;
        this.bankCode = Objects.requireNonNull(bankCode, "bankCode");
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    /**
     * Reads an upload; {@code declaredSize} is what the browser announced (the content is never read
     * past the limit whatever it says). Throws {@link UncheckedIOException} only when the upload itself
     * cannot be read.
     */
    public BankResultReport parse(String fileName, long declaredSize, InputStream content) {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
        if (declaredSize > MAX_BYTES) {
            return fileProblem(name, ResultProblem.of("channels.result.file.tooBig", MAX_BYTES / (1024 * 1024)));
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        if (bytes.length > MAX_BYTES) {
            return fileProblem(name, ResultProblem.of("channels.result.file.tooBig", MAX_BYTES / (1024 * 1024)));
        }
        return parse(name, bytes);
    }

    BankResultReport parse(String name, byte[] bytes) {
        if (bytes.length == 0) {
            return fileProblem(name, ResultProblem.of("channels.result.file.empty"));
        }
        if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
            return fileProblem(name, ResultProblem.of("channels.result.file.excel"));
        }
        if (startsWith(bytes, PDF)) {
            return fileProblem(name, ResultProblem.of("channels.result.file.notCsv"));
        }
        String text;
        try {
            int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return fileProblem(name, ResultProblem.of("channels.result.file.encoding"));
        }
        List<Csv.Record> records;
        try {
            records = Csv.read(text).stream().filter(r -> !r.isBlank()).toList();
        } catch (Csv.MalformedException e) {
            return fileProblem(name, ResultProblem.of("channels.result.file.quote", e.record()));
        }
        if (records.isEmpty()) {
            return fileProblem(name, ResultProblem.of("channels.result.file.empty"));
        }
        Map<BankColumn, Integer> columns = new EnumMap<>(BankColumn.class);
        List<ResultProblem> problems = readHeader(records.get(0), columns);
        if (!problems.isEmpty()) {
            return new BankResultReport(name, runId, bankCode, problems, List.of());
        }
        List<Csv.Record> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            return fileProblem(name, ResultProblem.of("channels.result.file.noRows"));
        }
        if (data.size() > MAX_ROWS) {
            return fileProblem(name, ResultProblem.of("channels.result.file.tooManyRows", MAX_ROWS));
        }
        List<ResultFields> rows =
                data.stream().map(r -> ResultFields.read(r, columns)).toList();
        return new BankResultReport(name, runId, bankCode, List.of(), check(rows));
    }

    private static List<ResultProblem> readHeader(Csv.Record header, Map<BankColumn, Integer> columns) {
        List<ResultProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            int index = i;
            BankColumn.ofHeader(header.fields().get(i)).ifPresent(column -> {
                if (columns.putIfAbsent(column, index) != null) {
                    problems.add(ResultProblem.of("channels.result.file.repeated", column.header()));
                }
            });
        }
        String missing = BankColumn.REQUIRED_IN_RESULT.stream()
                .filter(c -> !columns.containsKey(c))
                .map(BankColumn::header)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            problems.add(ResultProblem.of("channels.result.file.missing", missing));
        }
        return problems;
    }

    /** Each row's own problem, then the same line twice, then the line itself. */
    private List<ResultRow> check(List<ResultFields> rows) {
        Map<Long, List<Integer>> rowsOfLine = new LinkedHashMap<>();
        for (ResultFields row : rows) {
            if (row.lineId() != null) {
                rowsOfLine
                        .computeIfAbsent(row.lineId(), id -> new ArrayList<>())
                        .add(row.fileRow());
            }
        }
        Map<Long, LineState> found = lines.find(rows.stream()
                .filter(r -> r.problem() == null)
                .map(ResultFields::lineId)
                .distinct()
                .toList());
        List<ResultRow> checked = new ArrayList<>();
        for (ResultFields row : rows) {
            if (row.problem() != null) {
                checked.add(ResultRow.rejected(row.fileRow(), row.lineId(), row.amount(), row.problem()));
                continue;
            }
            List<Integer> same = rowsOfLine.get(row.lineId());
            if (same.size() > 1) {
                checked.add(ResultRow.rejected(
                        row.fileRow(),
                        row.lineId(),
                        row.amount(),
                        ResultProblem.of(
                                "channels.result.row.duplicate",
                                row.lineId(),
                                same.stream().map(String::valueOf).collect(Collectors.joining(", ")))));
                continue;
            }
            ResultCheck.Verdict verdict = ResultCheck.check(
                    found.get(row.lineId()),
                    row.lineId(),
                    runId,
                    bankCode,
                    row.reported(),
                    row.amount(),
                    row.accountNo());
            checked.add(new ResultRow(
                    row.fileRow(),
                    row.lineId(),
                    row.amount(),
                    row.accountNo(),
                    verdict.outcome(),
                    row.reported() == ResultOutcome.FAILED ? row.reason() : null,
                    verdict.problem()));
        }
        return checked;
    }

    private BankResultReport fileProblem(String name, ResultProblem problem) {
        return BankResultReport.ofFileProblem(name, runId, bankCode, problem);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(Arrays.copyOf(bytes, magic.length), magic);
    }
}
