package vn.ansinh.payment.channel.application;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.shared.upload.CsvReader;
import vn.ansinh.shared.upload.FileSniffer;
import vn.ansinh.shared.upload.RowLimit;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * Reads a bank's result file (CSV, the export's columns plus {@code ket_qua} THANH_CONG / THAT_BAI and
 * {@code ly_do}) for one run and one bank, and reports each row without writing anything: paid,
 * failed (with the bank's reason), already recorded (the same result imported before), or rejected
 * with why (ma_dong unreadable or unknown, a line of another run or bank, not exported, another
 * amount or account, a result value other than the two, a failure without reason, the same line twice
 * in the file). The file is sniffed ({@link FileSniffer}: an Excel workbook or a PDF is refused by
 * its content) and read by the one {@link CsvReader} of the imports, quotes as Excel reads them:
 * UTF-8 with or without a byte order mark; {@code ;}, {@code ,} or tab between fields; headers in any
 * order and case. Not thread-safe: one parser per upload.
 */
public final class BankResultParser {

    public static final long MAX_BYTES = FileSniffer.DEFAULT_MAX_BYTES;
    public static final int MAX_ROWS = 50_000;

    /** Finds the lines a file names (those that exist), by id. */
    @FunctionalInterface
    public interface LineLookup {
        Map<Long, LineState> find(Collection<Long> ids);
    }

    private final long runId;
    private final String bankCode;
    private final LineLookup lines;
    private final FileSniffer sniffer = new FileSniffer(MAX_BYTES, MAX_ROWS);

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
        FileSniffer.Sniffed file = sniffer.sniff(fileName, declaredSize, content);
        String name = file.fileName();
        return switch (file.kind()) {
            case TOO_BIG ->
                fileProblem(name, ResultRow.rejection("channels.result.file.tooBig", sniffer.maxMegabytes()));
            case EMPTY -> fileProblem(name, ResultRow.rejection("channels.result.file.empty"));
            case XLSX, XLS, ENCRYPTED_XLSX -> fileProblem(name, ResultRow.rejection("channels.result.file.excel"));
            case PDF -> fileProblem(name, ResultRow.rejection("channels.result.file.notCsv"));
            case TEXT, BINARY ->
                file.utf8Text()
                        .map(text -> parse(name, text))
                        .orElseGet(() -> fileProblem(name, ResultRow.rejection("channels.result.file.encoding")));
        };
    }

    private BankResultReport parse(String name, String text) {
        List<CsvReader.Record> records;
        try {
            records = Csv.read(text).stream().filter(r -> !r.isBlank()).toList();
        } catch (Csv.MalformedException e) {
            return fileProblem(name, ResultRow.rejection("channels.result.file.quote", e.record()));
        }
        if (records.isEmpty()) {
            return fileProblem(name, ResultRow.rejection("channels.result.file.empty"));
        }
        Map<BankColumn, Integer> columns = new EnumMap<>(BankColumn.class);
        List<UploadMessage<BankColumn>> problems = readHeader(records.get(0), columns);
        if (!problems.isEmpty()) {
            return new BankResultReport(name, runId, bankCode, problems, List.of());
        }
        List<CsvReader.Record> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            return fileProblem(name, ResultRow.rejection("channels.result.file.noRows"));
        }
        RowLimit limit = sniffer.rowLimit();
        if (!data.stream().allMatch(r -> limit.admit())) {
            return fileProblem(name, ResultRow.rejection("channels.result.file.tooManyRows", limit.max()));
        }
        List<ResultFields> rows =
                data.stream().map(r -> ResultFields.read(r, columns)).toList();
        return new BankResultReport(name, runId, bankCode, List.of(), check(rows));
    }

    private static List<UploadMessage<BankColumn>> readHeader(
            CsvReader.Record header, Map<BankColumn, Integer> columns) {
        List<UploadMessage<BankColumn>> problems = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            int index = i;
            BankColumn.ofHeader(header.fields().get(i)).ifPresent(column -> {
                if (columns.putIfAbsent(column, index) != null) {
                    problems.add(ResultRow.rejection("channels.result.file.repeated", column.header()));
                }
            });
        }
        String missing = BankColumn.REQUIRED_IN_RESULT.stream()
                .filter(c -> !columns.containsKey(c))
                .map(BankColumn::header)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            problems.add(ResultRow.rejection("channels.result.file.missing", missing));
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
                        ResultRow.rejection(
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
                    verdict.problem() == null ? null : verdict.problem().atRow(row.fileRow())));
        }
        return checked;
    }

    private BankResultReport fileProblem(String name, UploadMessage<BankColumn> problem) {
        return BankResultReport.ofFileProblem(name, runId, bankCode, problem);
    }
}
