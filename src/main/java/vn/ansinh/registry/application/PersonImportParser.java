package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.DeprivationIndicator;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.DuplicateCandidate;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.HealthInsuranceCardNumber;
import vn.ansinh.registry.domain.InvalidValueException;
import vn.ansinh.registry.domain.OldIdNumber;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PhoneNumber;
import vn.ansinh.registry.domain.PovertyReviewFigures;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.command.BusinessRuleException;
import vn.ansinh.shared.upload.Cell;
import vn.ansinh.shared.upload.FileSniffer;
import vn.ansinh.shared.upload.RowLimit;
import vn.ansinh.shared.upload.UploadMessage;
import vn.ansinh.shared.upload.XlsxSheetReader;

/**
 * Reads an uploaded person and household list (.xlsx, see {@link ImportTemplate}) and reports, per
 * row, the person read or what is wrong, without writing anything. Checks, in order: the file (size,
 * that it is really an .xlsx workbook by its content: {@link FileSniffer}), the headers, the number of rows, each cell (with the value
 * objects' own rules and messages), the rows together (a personal ID twice in the file, a household
 * without exactly one head, review figures outside the head's row) and, when given the database
 * ({@link #checkingAgainst}), personal IDs already registered, poverty lines for the review years,
 * and possible duplicates of people already registered (warnings). Not thread-safe: one parser per
 * upload.
 */
public final class PersonImportParser {

    /** The largest file accepted by default: 10 MB. */
    public static final long DEFAULT_MAX_BYTES = FileSniffer.DEFAULT_MAX_BYTES;

    /** The most data rows one file may have. */
    public static final int DEFAULT_MAX_DATA_ROWS = 20_000;

    /** The header row is looked for in this many first rows (a title may stand above it). */
    static final int HEADER_SEARCH_ROWS = 10;

    /** The longest address the registry stores. */
    static final int MAX_ADDRESS_LENGTH = 255;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ETHNICITY_CODE = Pattern.compile("\\d{1,2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED_AMOUNT = Pattern.compile("-?\\d{1,3}(?:([.,\\s])\\d{3})(?:\\1\\d{3})*");
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("-?\\d+");
    private static final Pattern CURRENCY = Pattern.compile("\\s*(?:vnd|dong|d)\\s*$");

    private final LocalDate today;
    private final FileSniffer sniffer;
    private final Database database;

    /**
     * The database checks: the commune the people will live in, the duplicate-warning score, and
     * which units' people the user may see named in the report (others are "in another unit").
     */
    private record Database(
            EntityManager em,
            Residence residence,
            int duplicateThreshold,
            java.util.function.Predicate<AdminUnitCode> visible) {}

    /** A parser with the default limits; {@code today} bounds dates of birth and review years. */
    public PersonImportParser(LocalDate today) {
        this(today, DEFAULT_MAX_BYTES, DEFAULT_MAX_DATA_ROWS);
    }

    public PersonImportParser(LocalDate today, long maxBytes, int maxDataRows) {
        this(today, new FileSniffer(maxBytes, maxDataRows), null);
    }

    private PersonImportParser(LocalDate today, FileSniffer sniffer, Database database) {
        this.today = Objects.requireNonNull(today, "today");
        this.sniffer = sniffer;
        this.database = database;
    }

    /**
     * The same parser checking also against the registry: personal IDs already registered (errors),
     * a poverty line for each review year in the commune's area (errors), and people of the province
     * who may be the same as a row's ({@link DuplicateFinder}, warnings from {@code duplicateThreshold}).
     */
    public PersonImportParser checkingAgainst(EntityManager em, Residence residence, int duplicateThreshold) {
        return checkingAgainst(em, residence, duplicateThreshold, residence.communeCode()::equals);
    }

    /**
     * As {@link #checkingAgainst(EntityManager, Residence, int)}, naming in the report only the people
     * of the units {@code visible} accepts (the user's jurisdiction): a personal ID or a possible
     * duplicate of anyone else is reported as being in another unit, without name or commune.
     */
    public PersonImportParser checkingAgainst(
            EntityManager em,
            Residence residence,
            int duplicateThreshold,
            java.util.function.Predicate<AdminUnitCode> visible) {
        return new PersonImportParser(
                today,
                sniffer,
                new Database(
                        Objects.requireNonNull(em, "em"),
                        Objects.requireNonNull(residence, "residence"),
                        duplicateThreshold,
                        Objects.requireNonNull(visible, "visible")));
    }

    /**
     * Reads an upload. {@code declaredSize} is the size the browser announced (checked first, and the
     * content is never read past the limit whatever it says); {@code fileName} is shown in messages.
     * Throws {@link UncheckedIOException} only when the upload itself cannot be read.
     */
    public ImportReport parse(String fileName, long declaredSize, InputStream content) {
        FileSniffer.Sniffed file = sniffer.sniff(fileName, declaredSize, content);
        String name = file.fileName();
        String refusal = switch (file.kind()) {
            case TOO_BIG -> "import.error.tooBig";
            case EMPTY -> "import.error.type.empty";
            case XLSX -> null;
            case ENCRYPTED_XLSX -> "import.error.type.encrypted";
            case XLS -> "import.error.type.xls";
            case PDF -> "import.error.type.pdf";
            case TEXT -> "import.error.type.text";
            case BINARY -> "import.error.type.other";
        };
        if (refusal != null) {
            UploadMessage<ImportColumn> problem = file.kind() == FileSniffer.Kind.TOO_BIG
                    ? UploadMessage.fileError(refusal, name, sniffer.maxMegabytes())
                    : UploadMessage.fileError(refusal, name);
            return ImportReport.ofFileProblems(name, List.of(problem));
        }
        Reading reading = new Reading(name);
        try {
            XlsxSheetReader.read(file.bytes(), reading);
        } catch (XlsxSheetReader.UnreadableException e) {
            return ImportReport.ofFileProblems(
                    name, List.of(UploadMessage.fileError("import.error.type.unreadable", name)));
        }
        return reading.finish();
    }

    /** One file being read: the header, then row after row, then the checks across rows. */
    private final class Reading implements XlsxSheetReader.RowHandler {

        private final String fileName;
        private final List<UploadMessage<ImportColumn>> problems = new ArrayList<>();
        private final List<RowData> rows = new ArrayList<>();
        private String sheetName = "";
        private Map<ImportColumn, Integer> columns;
        private boolean headerFailed;
        private final RowLimit limit = sniffer.rowLimit();

        Reading(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public void sheet(String name) {
            sheetName = name == null ? "" : name;
        }

        @Override
        public boolean row(int rowNumber, Map<Integer, Cell> cells) {
            if (columns == null) {
                if (rowNumber > HEADER_SEARCH_ROWS) {
                    return false;
                }
                if (isHeader(cells)) {
                    readHeader(rowNumber, cells);
                    return !headerFailed;
                }
                return true;
            }
            if (isBlank(cells)) {
                return true;
            }
            if (!limit.admit()) {
                return false;
            }
            rows.add(readRow(rowNumber, cells));
            return true;
        }

        private boolean isHeader(Map<Integer, Cell> cells) {
            return cells.values().stream()
                    .anyMatch(c -> c.kind() == Cell.Kind.TEXT
                            && ImportColumn.ofHeader(c.text()).orElse(null) == ImportColumn.FULL_NAME);
        }

        private void readHeader(int rowNumber, Map<Integer, Cell> cells) {
            columns = new EnumMap<>(ImportColumn.class);
            for (Map.Entry<Integer, Cell> cell : cells.entrySet()) {
                String letter = ImportColumn.letter(cell.getKey());
                String text = cell.getValue().text();
                ImportColumn column = ImportColumn.ofHeader(text).orElse(null);
                if (column == null) {
                    problems.add(UploadMessage.fileWarning("import.warning.header.unknown", letter + rowNumber, text));
                } else if (columns.containsKey(column)) {
                    problems.add(UploadMessage.fileError(
                            "import.error.header.repeated",
                            column.header(),
                            ImportColumn.letter(columns.get(column)),
                            letter));
                    headerFailed = true;
                } else {
                    columns.put(column, cell.getKey());
                }
            }
            for (ImportColumn column : ImportColumn.values()) {
                if (column != ImportColumn.ROW_NUMBER && !columns.containsKey(column)) {
                    problems.add(UploadMessage.fileError(
                            "import.error.header.missing", column.header(), String.valueOf(rowNumber)));
                    headerFailed = true;
                }
            }
        }

        private boolean isBlank(Map<Integer, Cell> cells) {
            return columns.entrySet().stream()
                    .filter(c -> c.getKey() != ImportColumn.ROW_NUMBER)
                    .map(c -> cells.get(c.getValue()))
                    .allMatch(c -> c == null || c.isBlank());
        }

        private RowData readRow(int rowNumber, Map<Integer, Cell> cells) {
            Map<ImportColumn, Cell> values = new EnumMap<>(ImportColumn.class);
            columns.forEach((column, index) -> {
                Cell cell = cells.get(index);
                if (cell != null && !cell.isBlank()) {
                    values.put(column, cell);
                }
            });
            return new RowParser(rowNumber, values).parse();
        }

        ImportReport finish() {
            if (columns == null) {
                problems.add(UploadMessage.fileError("import.error.header.notFound", sheetName, HEADER_SEARCH_ROWS));
                return ImportReport.ofFileProblems(fileName, problems);
            }
            if (headerFailed) {
                return ImportReport.ofFileProblems(fileName, problems);
            }
            if (limit.exceeded()) {
                problems.add(UploadMessage.fileError("import.error.tooManyRows", limit.max()));
                return ImportReport.ofFileProblems(fileName, problems);
            }
            if (rows.isEmpty()) {
                problems.add(UploadMessage.fileError("import.error.noRows", sheetName));
                return ImportReport.ofFileProblems(fileName, problems);
            }
            for (RowData row : rows) {
                problems.addAll(row.problems);
            }
            checkRepeatedPersonalIds();
            checkHouseholds();
            if (database != null) {
                checkRegisteredPersonalIds();
                checkPovertyLines();
            }
            Set<Integer> rowsWithErrors = problems.stream()
                    .filter(UploadMessage::isError)
                    .map(UploadMessage::rowNumber)
                    .collect(Collectors.toSet());
            leaveOutHouseholdsWithErrors(rowsWithErrors);
            List<ImportRow> parsed =
                    rows.stream().map(r -> r.parsed).filter(Objects::nonNull).toList();
            if (database != null) {
                warnOfPossibleDuplicates(parsed.stream()
                        .filter(r -> !rowsWithErrors.contains(r.rowNumber()))
                        .toList());
            }
            return new ImportReport(fileName, limit.count(), problems, parsed);
        }

        private void checkRepeatedPersonalIds() {
            Map<String, List<RowData>> byId = new LinkedHashMap<>();
            for (RowData row : rows) {
                if (row.personalId != null) {
                    byId.computeIfAbsent(row.personalId.value(), id -> new ArrayList<>())
                            .add(row);
                }
            }
            for (List<RowData> holders : byId.values()) {
                if (holders.size() > 1) {
                    for (RowData row : holders) {
                        String others = holders.stream()
                                .filter(r -> r != row)
                                .map(r -> String.valueOf(r.rowNumber))
                                .collect(Collectors.joining(", "));
                        problems.add(row.problem(ImportColumn.PERSONAL_ID, "import.error.personalId.repeated", others));
                    }
                }
            }
        }

        private void checkHouseholds() {
            for (List<RowData> members : households().values()) {
                List<RowData> heads = members.stream()
                        .filter(r -> r.relationship == Relationship.HEAD)
                        .toList();
                boolean relationshipUnread = members.stream().anyMatch(r -> r.relationship == null);
                String key = members.get(0).householdKey;
                if (heads.isEmpty() && !relationshipUnread) {
                    problems.add(
                            members.get(0).problem(ImportColumn.RELATIONSHIP, "import.error.household.noHead", key));
                } else if (heads.size() > 1) {
                    String rowList =
                            heads.stream().map(r -> String.valueOf(r.rowNumber)).collect(Collectors.joining(", "));
                    for (RowData head : heads) {
                        problems.add(head.problem(
                                ImportColumn.RELATIONSHIP, "import.error.household.manyHeads", key, rowList));
                    }
                }
            }
        }

        private Map<String, List<RowData>> households() {
            Map<String, List<RowData>> households = new LinkedHashMap<>();
            for (RowData row : rows) {
                if (row.householdKey != null) {
                    households
                            .computeIfAbsent(ImportRow.identityOf(row.householdKey), k -> new ArrayList<>())
                            .add(row);
                }
            }
            return households;
        }

        private void checkRegisteredPersonalIds() {
            Map<String, RowData> byId = new HashMap<>();
            for (RowData row : rows) {
                if (row.personalId != null) {
                    byId.putIfAbsent(row.personalId.value(), row);
                }
            }
            registeredPersonalIdCommunes(database.em(), byId.keySet())
                    .forEach((id, commune) -> problems.add(byId.get(id)
                            .problem(
                                    ImportColumn.PERSONAL_ID,
                                    database.visible().test(commune)
                                            ? "import.error.personalId.registered"
                                            : "import.error.personalId.registeredElsewhere")));
        }

        private void checkPovertyLines() {
            PovertyReviewer reviewer = new PovertyReviewer(database.em());
            Area area = Area.ofUnitKind(database.residence().unitKind());
            for (RowData row : rows) {
                if (row.parsed != null && row.parsed.review() != null) {
                    try {
                        reviewer.standardFor(row.parsed.review().year(), area);
                    } catch (BusinessRuleException e) {
                        problems.add(row.problem(ImportColumn.REVIEW_YEAR, e.messageKey(), e.arguments()));
                    }
                }
            }
        }

        /**
         * Every other row of a household with an error says why it is left out, naming the first row
         * at fault; their numbers join {@code rowsWithErrors}.
         */
        private void leaveOutHouseholdsWithErrors(Set<Integer> rowsWithErrors) {
            for (List<RowData> members : households().values()) {
                RowData atFault = members.stream()
                        .filter(r -> rowsWithErrors.contains(r.rowNumber))
                        .findFirst()
                        .orElse(null);
                if (atFault == null) {
                    continue;
                }
                for (RowData row : members) {
                    if (!rowsWithErrors.contains(row.rowNumber)) {
                        problems.add(row.problem(
                                ImportColumn.HOUSEHOLD_KEY,
                                "import.error.household.hasErrors",
                                row.householdKey,
                                String.valueOf(atFault.rowNumber)));
                    }
                }
                members.forEach(r -> rowsWithErrors.add(r.rowNumber));
            }
        }

        private void warnOfPossibleDuplicates(List<ImportRow> candidates) {
            Residence residence = database.residence();
            List<List<DuplicateCandidate>> found = new DuplicateFinder(database.em())
                    .candidatesForEach(
                            candidates.stream().map(ImportRow::person).toList(), residence.communeCode(),
                            residence.provinceCode(), database.duplicateThreshold());
            Map<Integer, RowData> byNumber = rows.stream().collect(Collectors.toMap(r -> r.rowNumber, r -> r));
            for (int i = 0; i < candidates.size(); i++) {
                List<DuplicateCandidate> similar = found.get(i);
                List<DuplicateCandidate> named = similar.stream()
                        .filter(c -> database.visible().test(AdminUnitCode.of(c.communeCode())))
                        .toList();
                RowData row = byNumber.get(candidates.get(i).rowNumber());
                if (!named.isEmpty()) {
                    String who = named.stream()
                            .map(c -> c.fullName() + " (" + c.birthDate() + ", " + c.communeCode() + ")")
                            .collect(Collectors.joining("; "));
                    problems.add(row.warning(
                            ImportColumn.FULL_NAME, "import.warning.possibleDuplicates", named.size(), who));
                }
                if (named.size() < similar.size()) {
                    // people outside the user's jurisdiction: counted, never named
                    problems.add(row.warning(
                            ImportColumn.FULL_NAME,
                            "import.warning.possibleDuplicatesElsewhere",
                            similar.size() - named.size()));
                }
            }
        }

        /** Reads one data row, cell by cell. */
        private final class RowParser {

            private final RowData row;
            private final Map<ImportColumn, Cell> values;

            RowParser(int rowNumber, Map<ImportColumn, Cell> values) {
                this.row = new RowData(rowNumber, columns);
                this.values = values;
            }

            RowData parse() {
                String name = read(ImportColumn.FULL_NAME, true, t -> VietnameseNames.normaliseForStorage(t.text()));
                PartialDate birth = read(ImportColumn.BIRTH_DATE, true, this::birthDate);
                Sex sex = read(ImportColumn.SEX, true, t -> Sex.fromVietnamese(t.text()));
                Ethnicity ethnicity = read(ImportColumn.ETHNICITY, true, this::ethnicity);
                PersonalId personalId = read(
                        ImportColumn.PERSONAL_ID,
                        false,
                        t -> PersonalId.of(digitsRestored(ImportColumn.PERSONAL_ID, t, 12)));
                OldIdNumber oldId = read(
                        ImportColumn.OLD_ID_NUMBER,
                        false,
                        t -> OldIdNumber.of(digitsRestored(ImportColumn.OLD_ID_NUMBER, t, 9)));
                HealthInsuranceCardNumber card =
                        read(ImportColumn.HEALTH_INSURANCE_CARD, false, t -> HealthInsuranceCardNumber.of(t.text()));
                PhoneNumber phone = read(ImportColumn.PHONE, false, this::phone);
                String address = read(ImportColumn.ADDRESS, false, this::address);
                row.householdKey = read(ImportColumn.HOUSEHOLD_KEY, true, Cell::text);
                row.relationship = read(ImportColumn.RELATIONSHIP, true, t -> Relationship.fromVietnamese(t.text()));
                row.personalId = personalId;
                if (personalId != null && sex != null && birth != null) {
                    for (String key : personalId.checkAgainst(sex, birth)) {
                        row.problems.add(row.problem(ImportColumn.PERSONAL_ID, key));
                    }
                }
                PovertyReviewFigures review = review();
                if (!row.hasErrors()) {
                    row.parsed = new ImportRow(
                            row.rowNumber,
                            new PersonDetails(name, birth, sex, ethnicity, personalId, oldId, card, phone, address),
                            row.householdKey,
                            row.relationship,
                            review);
                }
                return row;
            }

            private PartialDate birthDate(Cell cell) {
                if (cell.kind() == Cell.Kind.DATE) {
                    LocalDate date = cell.date();
                    return PartialDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                            .notAfter(today);
                }
                return PartialDate.parse(cell.text(), today);
            }

            private Ethnicity ethnicity(Cell cell) {
                String text = cell.text();
                if (ETHNICITY_CODE.matcher(text).matches()) {
                    return Ethnicity.fromCode(text);
                }
                return Ethnicity.fromName(text)
                        .orElseThrow(() -> new InvalidValueException("person.error.ethnicity.name", text));
            }

            /**
             * The digits of an ID typed into a number cell, where Excel dropped the leading zeros:
             * restored to the number's length, with a warning so that the officer checks them.
             */
            private String digitsRestored(ImportColumn column, Cell cell, int length) {
                String text = cell.text();
                if (cell.kind() == Cell.Kind.NUMBER && DIGITS.matcher(text).matches() && text.length() < length) {
                    String restored = "0".repeat(length - text.length()) + text;
                    row.problems.add(row.warning(column, "import.warning.leadingZeros", restored));
                    return restored;
                }
                return text;
            }

            private PhoneNumber phone(Cell cell) {
                String text = cell.text();
                if (cell.kind() == Cell.Kind.NUMBER && DIGITS.matcher(text).matches() && text.length() == 9) {
                    return PhoneNumber.of("0" + text);
                }
                return PhoneNumber.of(text);
            }

            private String address(Cell cell) {
                String text = cell.text();
                if (text.codePointCount(0, text.length()) > MAX_ADDRESS_LENGTH) {
                    throw new InvalidValueException("import.error.address.length", MAX_ADDRESS_LENGTH);
                }
                return vn.ansinh.registry.domain.FreeText.of(text);
            }

            /** The review figures of a head's row, or null; a review on another row is an error. */
            private PovertyReviewFigures review() {
                ImportColumn firstFilled = Arrays.stream(ImportColumn.values())
                        .filter(c -> c.isReview() && values.containsKey(c))
                        .findFirst()
                        .orElse(null);
                if (firstFilled == null) {
                    return null;
                }
                if (row.relationship != null && row.relationship != Relationship.HEAD) {
                    row.problems.add(row.problem(firstFilled, "import.error.review.notHead"));
                    return null;
                }
                Integer year = read(ImportColumn.REVIEW_YEAR, false, this::reviewYear);
                Long income = read(ImportColumn.INCOME_PER_CAPITA, false, this::income);
                EnumSet<DeprivationIndicator> deprived = EnumSet.noneOf(DeprivationIndicator.class);
                for (ImportColumn column : ImportColumn.values()) {
                    column.indicator().ifPresent(indicator -> {
                        if (Boolean.TRUE.equals(read(column, false, this::deprived))) {
                            deprived.add(indicator);
                        }
                    });
                }
                if (!values.containsKey(ImportColumn.REVIEW_YEAR)) {
                    row.problems.add(row.problem(ImportColumn.REVIEW_YEAR, "import.error.review.yearMissing"));
                }
                if (!values.containsKey(ImportColumn.INCOME_PER_CAPITA)) {
                    row.problems.add(row.problem(ImportColumn.INCOME_PER_CAPITA, "import.error.review.incomeMissing"));
                }
                if (year == null || income == null || row.hasErrors()) {
                    return null;
                }
                return new PovertyReviewFigures(year, income, new Deprivations(deprived));
            }

            private Integer reviewYear(Cell cell) {
                if (cell.kind() == Cell.Kind.DATE || !YEAR.matcher(cell.text()).matches()) {
                    throw new InvalidValueException("import.error.review.yearFormat");
                }
                int year = Integer.parseInt(cell.text());
                PovertyReviewer.requirePlausibleYear(year, today);
                return year;
            }

            private Long income(Cell cell) {
                BigDecimal amount;
                if (cell.kind() == Cell.Kind.NUMBER) {
                    amount = new BigDecimal(cell.text());
                } else if (cell.kind() == Cell.Kind.TEXT) {
                    String text = CURRENCY.matcher(VietnameseNames.fold(cell.text()))
                            .replaceFirst("")
                            .strip();
                    if (GROUPED_AMOUNT.matcher(text).matches()
                            || PLAIN_AMOUNT.matcher(text).matches()) {
                        amount = new BigDecimal(text.replaceAll("[.,\\s]", ""));
                    } else {
                        throw new InvalidValueException("import.error.review.incomeFormat");
                    }
                } else {
                    throw new InvalidValueException("import.error.review.incomeFormat");
                }
                if (amount.signum() < 0) {
                    throw new InvalidValueException("review.error.income");
                }
                if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
                    throw new InvalidValueException("import.error.review.incomeFormat");
                }
                return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
            }

            private Boolean deprived(Cell cell) {
                if (cell.kind() == Cell.Kind.TEXT && cell.text().equalsIgnoreCase("x")) {
                    return true;
                }
                throw new InvalidValueException("import.error.review.mark");
            }

            /**
             * The value of a cell read by {@code reader}, or null when it is blank (an error when
             * {@code required}) or refused (the refusal becomes the cell's problem).
             */
            private <T> T read(ImportColumn column, boolean required, CellReader<T> reader) {
                Cell cell = values.get(column);
                if (cell == null) {
                    if (required) {
                        row.problems.add(row.problem(
                                column,
                                column == ImportColumn.FULL_NAME
                                        ? "person.error.name.required"
                                        : "import.error.required"));
                    }
                    return null;
                }
                try {
                    return reader.read(cell);
                } catch (BusinessRuleException e) {
                    row.problems.add(row.problem(column, e.messageKey(), e.arguments()));
                    return null;
                }
            }
        }
    }

    @FunctionalInterface
    private interface CellReader<T> {
        T read(Cell cell);
    }

    /** What the checks across rows need to know of a row, and the row's own problems. */
    private static final class RowData {

        final int rowNumber;
        final Map<ImportColumn, Integer> columns;
        final List<UploadMessage<ImportColumn>> problems = new ArrayList<>();
        String householdKey;
        Relationship relationship;
        PersonalId personalId;
        ImportRow parsed;

        RowData(int rowNumber, Map<ImportColumn, Integer> columns) {
            this.rowNumber = rowNumber;
            this.columns = columns;
        }

        boolean hasErrors() {
            return problems.stream().anyMatch(UploadMessage::isError);
        }

        UploadMessage<ImportColumn> problem(ImportColumn column, String key, Object... arguments) {
            return UploadMessage.error(rowNumber, column, letterOf(column), key, arguments);
        }

        UploadMessage<ImportColumn> warning(ImportColumn column, String key, Object... arguments) {
            return UploadMessage.warning(rowNumber, column, letterOf(column), key, arguments);
        }

        private String letterOf(ImportColumn column) {
            Integer index = columns.get(column);
            return index == null ? null : ImportColumn.letter(index);
        }
    }

    /** The personal IDs among {@code ids} that someone in the registry already has, with that person's commune. */
    static Map<String, AdminUnitCode> registeredPersonalIdCommunes(EntityManager em, Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        Map<String, AdminUnitCode> registered = new java.util.TreeMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            em.createQuery(
                            "select p.personalId, p.communeCode from Person p where p.personalId in :ids",
                            Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .getResultList()
                    .forEach(row -> registered.put((String) row[0], AdminUnitCode.of((String) row[1])));
        }
        return registered;
    }

    /** The personal IDs among {@code ids} that someone in the registry already has. */
    static List<String> registeredPersonalIds(EntityManager em, Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<String> registered = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            registered.addAll(em.createQuery(
                            "select p.personalId from Person p where p.personalId in :ids", String.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .getResultList());
        }
        return registered;
    }
}
