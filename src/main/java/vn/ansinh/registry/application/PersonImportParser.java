package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.upload.FileSniffer;
import vn.ansinh.shared.upload.UploadMessage;
import vn.ansinh.shared.upload.XlsxSheetReader;

/**
 * Reads an uploaded person and household list (.xlsx, see {@link ImportTemplate}) and reports, per
 * row, the person read or what is wrong, without writing anything. Checks, in order: the file (size,
 * and that it is really an .xlsx workbook by its content: {@link FileSniffer}), the headers and the
 * number of rows ({@link PersonSheet}), each cell with the value objects' own rules and messages
 * ({@link PersonRowReader}), the rows together and, when given the database ({@link #checkingAgainst}),
 * against the registry ({@link PersonImportChecks}). Not thread-safe: one parser per upload.
 */
public final class PersonImportParser {

    /** The largest file accepted by default: 10 MB. */
    public static final long DEFAULT_MAX_BYTES = FileSniffer.DEFAULT_MAX_BYTES;

    /** The most data rows one file may have. */
    public static final int DEFAULT_MAX_DATA_ROWS = 20_000;

    private final LocalDate today;
    private final FileSniffer sniffer;
    private final PersonImportChecks.Registry registry;

    /** A parser with the default limits; {@code today} bounds dates of birth and review years. */
    public PersonImportParser(LocalDate today) {
        this(today, DEFAULT_MAX_BYTES, DEFAULT_MAX_DATA_ROWS);
    }

    public PersonImportParser(LocalDate today, long maxBytes, int maxDataRows) {
        this(today, new FileSniffer(maxBytes, maxDataRows), null);
    }

    private PersonImportParser(LocalDate today, FileSniffer sniffer, PersonImportChecks.Registry registry) {
        this.today = Objects.requireNonNull(today, "today");
        this.sniffer = sniffer;
        this.registry = registry;
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
            EntityManager em, Residence residence, int duplicateThreshold, Predicate<AdminUnitCode> visible) {
        return new PersonImportParser(
                today,
                sniffer,
                new PersonImportChecks.Registry(
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
        PersonSheet sheet = new PersonSheet(name, today, sniffer.rowLimit(), registry);
        try {
            XlsxSheetReader.read(file.bytes(), sheet);
        } catch (XlsxSheetReader.UnreadableException e) {
            return ImportReport.ofFileProblems(
                    name, List.of(UploadMessage.fileError("import.error.type.unreadable", name)));
        }
        return sheet.finish();
    }
}
