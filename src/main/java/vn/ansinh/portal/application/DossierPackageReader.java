package vn.ansinh.portal.application;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.portal.application.DossierPackage.Attachment;
import vn.ansinh.portal.application.DossierPackage.PortalPerson;
import vn.ansinh.portal.domain.PortalPackageException;
import vn.ansinh.portal.domain.PortalProcedure;
import vn.ansinh.portal.domain.ProcedureCatalog;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.upload.FileSniffer;

/**
 * Reads a package of the public-service portal: a ZIP with {@code dossier.json} and the attached files (the format
 * is in src/docs/public-service-portal.md). Every bad input is refused with its own reason
 * ({@link PortalPackageException}); nothing is written. The reader never writes an entry to disk, reads no entry
 * past its limit (a ZIP bomb stops there) and takes names only as keys.
 */
public final class DossierPackageReader {

    /** The metadata entry of a package. */
    public static final String DOSSIER_JSON = "dossier.json";

    /** The most entries a package may have (the metadata and its attachments). */
    static final int MAX_ENTRIES = 50;

    /** The state of the commune a dossier names, on the day it is imported. */
    public enum CommuneState {
        CURRENT,
        ABOLISHED,
        UNKNOWN
    }

    /** What the reader asks the database (the commune list, the dossiers already imported). */
    public interface Lookups {
        CommuneState commune(AdminUnitCode code);

        boolean alreadyImported(String dossierNumber);
    }

    private final ProcedureCatalog procedures;
    private final Lookups lookups;
    private final long maxPackageBytes;
    private final long maxFileBytes;

    public DossierPackageReader(ProcedureCatalog procedures, Lookups lookups, long maxPackageBytes, long maxFileBytes) {
        this.procedures = procedures;
        this.lookups = lookups;
        this.maxPackageBytes = maxPackageBytes;
        this.maxFileBytes = maxFileBytes;
    }

    /** Reads and checks a package; {@code now} bounds its received date-time. */
    public DossierPackage read(String fileName, InputStream content, Instant now) {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
        FileSniffer.Sniffed sniffed = new FileSniffer(maxPackageBytes, 1).sniff(name, -1, content);
        if (sniffed.kind() == FileSniffer.Kind.TOO_BIG) {
            throw new PortalPackageException("tooBig", name, maxPackageBytes / (1024 * 1024));
        }
        if (sniffed.kind() != FileSniffer.Kind.XLSX) {
            // FileSniffer calls every ZIP an XLSX: a package is a ZIP
            throw new PortalPackageException("notZip", name);
        }
        Map<String, byte[]> entries = unzip(name, sniffed.bytes());
        byte[] json = entries.remove(DOSSIER_JSON);
        if (json == null) {
            throw new PortalPackageException("noDossierJson", name);
        }
        JsonObject dossier = parse(json);
        try {
            return read(name, dossier, entries, now);
        } catch (PortalPackageException e) {
            throw e.about(refusedDossier(dossier));
        }
    }

    /**
     * What a refused package tells of its dossier, read leniently: the number (at most 60 characters), the procedure
     * code as written (at most 20) and the commune when it is a current one; null without a number or commune.
     */
    PortalPackageException.RefusedDossier refusedDossier(JsonObject dossier) {
        String number;
        String code;
        String communeCode;
        try {
            number = optional(dossier, "dossierNumber");
            communeCode = optional(dossier, "communeCode");
        } catch (PortalPackageException e) {
            return null;
        }
        try {
            code = optional(dossier, "procedureCode");
        } catch (PortalPackageException e) {
            code = null;
        }
        if (number == null || number.isBlank() || number.strip().length() > 60 || communeCode == null) {
            return null;
        }
        AdminUnitCode commune;
        try {
            commune = AdminUnitCode.of(communeCode.strip());
        } catch (RuntimeException e) {
            return null;
        }
        if (lookups.commune(commune) != CommuneState.CURRENT) {
            return null;
        }
        String procedure = code == null || code.isBlank() || code.strip().length() > 20 ? null : code.strip();
        return new PortalPackageException.RefusedDossier(number.strip(), procedure, commune);
    }

    private DossierPackage read(String name, JsonObject dossier, Map<String, byte[]> files, Instant now) {
        String number = required(dossier, "dossierNumber");
        if (number.length() > 60) {
            throw new PortalPackageException("badValue", "dossierNumber", number.substring(0, 60) + "…");
        }
        String code = required(dossier, "procedureCode");
        PortalProcedure procedure =
                procedures.procedure(code).orElseThrow(() -> new PortalPackageException("procedure", code));
        Category named = optional(dossier, "category") == null ? null : enumValue(dossier, "category", Category.class);
        Category category = procedure
                .categoryFor(named)
                .orElseThrow(() -> new PortalPackageException("category", named == null ? "—" : named.name(), code));
        Instant receivedAt = instant(dossier, "receivedAt");
        if (receivedAt.isAfter(now)) {
            throw new PortalPackageException("receivedInFuture", required(dossier, "receivedAt"));
        }
        AdminUnitCode commune = communeOf(dossier);
        PortalPerson applicant = person(dossier, "applicant", true);
        PortalPerson beneficiary = person(dossier, "beneficiary", false);
        Map<ProgrammeField, String> fields = fields(dossier);
        List<Attachment> attachments = attachments(dossier, files);
        if (lookups.alreadyImported(number)) {
            throw new PortalPackageException("duplicate", number);
        }
        return new DossierPackage(
                name,
                number,
                code.strip(),
                procedure,
                category,
                fields,
                receivedAt,
                commune,
                applicant,
                beneficiary,
                attachments);
    }

    private Map<String, byte[]> unzip(String name, byte[] bytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new PortalPackageException("tooManyFiles", name, MAX_ENTRIES);
                }
                String entryName = entry.getName().replace('\\', '/');
                byte[] content = readLimited(zip, entryName);
                if (entries.put(entryName, content) != null) {
                    throw new PortalPackageException("badZip", name);
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new PortalPackageException("badZip", name);
        } catch (IOException e) {
            throw new PortalPackageException("badZip", name);
        }
        if (entries.isEmpty()) {
            throw new PortalPackageException("badZip", name);
        }
        return entries;
    }

    private byte[] readLimited(ZipInputStream zip, String entryName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = zip.read(buffer)) != -1) {
            total += read;
            if (total > maxFileBytes) {
                throw new PortalPackageException("attachment.tooBig", entryName, maxFileBytes / (1024 * 1024));
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static JsonObject parse(byte[] json) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(json))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PortalPackageException("json", "UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new PortalPackageException("json", value.getValueType().name());
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new PortalPackageException("json", detail.length() > 200 ? detail.substring(0, 200) : detail);
        }
    }

    private AdminUnitCode communeOf(JsonObject dossier) {
        String code = required(dossier, "communeCode");
        AdminUnitCode commune;
        try {
            commune = AdminUnitCode.of(code);
        } catch (RuntimeException e) {
            throw new PortalPackageException("commune.unknown", code);
        }
        switch (lookups.commune(commune)) {
            case UNKNOWN -> throw new PortalPackageException("commune.unknown", code);
            case ABOLISHED -> throw new PortalPackageException("commune.abolished", code);
            case CURRENT -> {
                return commune;
            }
            default -> throw new IllegalStateException();
        }
    }

    private static PortalPerson person(JsonObject dossier, String key, boolean required) {
        JsonValue value = dossier.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new PortalPackageException("missingField", key);
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new PortalPackageException("badValue", key, value.toString());
        }
        JsonObject json = value.asJsonObject();
        String fullName = required(json, key + ".fullName", "fullName");
        Sex sex = sex(json, key);
        PartialDate birthDate = birthDate(json, key);
        PersonalId personalId;
        String rawId = required(json, key + ".personalId", "personalId");
        try {
            personalId = PersonalId.of(rawId);
        } catch (BusinessRuleException e) {
            throw new PortalPackageException("personalId", key);
        }
        if (!personalId.checkAgainst(sex, birthDate).isEmpty()) {
            throw new PortalPackageException("personalId", key);
        }
        String ethnicityCode = optional(json, "ethnicity");
        Ethnicity ethnicity;
        try {
            ethnicity = ethnicityCode == null ? null : Ethnicity.fromCode(ethnicityCode);
        } catch (BusinessRuleException e) {
            throw new PortalPackageException("badValue", key + ".ethnicity", ethnicityCode);
        }
        return new PortalPerson(personalId, fullName, birthDate, sex, optional(json, "address"), ethnicity);
    }

    private static Sex sex(JsonObject json, String key) {
        String raw = required(json, key + ".sex", "sex");
        try {
            return Sex.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            try {
                return Sex.fromVietnamese(raw);
            } catch (BusinessRuleException notVietnamese) {
                throw new PortalPackageException("badValue", key + ".sex", raw);
            }
        }
    }

    private static PartialDate birthDate(JsonObject json, String key) {
        String raw = required(json, key + ".birthDate", "birthDate");
        try {
            if (raw.matches("\\d{4}")) {
                return PartialDate.of(Integer.parseInt(raw));
            }
            LocalDate day = LocalDate.parse(raw);
            return PartialDate.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        } catch (DateTimeException | BusinessRuleException e) {
            throw new PortalPackageException("badValue", key + ".birthDate", raw);
        }
    }

    private static Map<ProgrammeField, String> fields(JsonObject dossier) {
        Map<ProgrammeField, String> fields = new EnumMap<>(ProgrammeField.class);
        JsonValue value = dossier.get("fields");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fields;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new PortalPackageException("badValue", "fields", value.toString());
        }
        value.asJsonObject().forEach((key, v) -> {
            ProgrammeField field;
            try {
                field = ProgrammeField.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw new PortalPackageException("badValue", "fields", key);
            }
            fields.put(field, v instanceof JsonString s ? s.getString() : v.toString());
        });
        return fields;
    }

    private List<Attachment> attachments(JsonObject dossier, Map<String, byte[]> files) {
        JsonValue value = dossier.get("attachments");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new PortalPackageException("missingField", "attachments");
        }
        List<Attachment> attachments = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new PortalPackageException("badValue", "attachments", item.toString());
            }
            JsonObject json = item.asJsonObject();
            String fileName = required(json, "attachments.fileName", "fileName");
            DocumentKind kind = enumValue(json, "documentType", DocumentKind.class);
            String sha256 = required(json, "attachments.sha256", "sha256").toLowerCase(Locale.ROOT);
            byte[] content = files.get(fileName);
            if (content == null || !listed.add(fileName)) {
                throw new PortalPackageException("attachment.missing", fileName);
            }
            if (!sha256(content).equals(sha256)) {
                throw new PortalPackageException("attachment.sha256", fileName);
            }
            ScanMediaType type = ScanMediaType.sniff(java.util.Arrays.copyOf(content, Math.min(content.length, 16)))
                    .orElseThrow(() -> new PortalPackageException("attachment.type", fileName));
            attachments.add(new Attachment(fileName, kind, sha256, type, content));
        }
        if (attachments.isEmpty()) {
            throw new PortalPackageException("attachment.none");
        }
        for (String file : files.keySet()) {
            if (!listed.contains(file)) {
                throw new PortalPackageException("attachment.unlisted", file);
            }
        }
        return List.copyOf(attachments);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(JsonObject json, String key) {
        String raw = required(json, key);
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeException e) {
            throw new PortalPackageException("badValue", key, raw);
        }
    }

    private static <E extends Enum<E>> E enumValue(JsonObject json, String key, Class<E> type) {
        String raw = required(json, key);
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw new PortalPackageException("badValue", key, raw);
        }
    }

    private static String required(JsonObject json, String key) {
        return required(json, key, key);
    }

    /** A non-blank text value; {@code label} names it in the refusal (e.g. {@code applicant.fullName}). */
    private static String required(JsonObject json, String label, String key) {
        String value = optional(json, key);
        if (value == null) {
            throw new PortalPackageException("missingField", label);
        }
        return value;
    }

    private static String optional(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString().strip();
        }
        if (value.getValueType() == JsonValue.ValueType.NUMBER) {
            return value.toString();
        }
        throw new PortalPackageException("badValue", key, value.toString());
    }
}
