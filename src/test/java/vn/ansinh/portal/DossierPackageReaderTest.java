package vn.ansinh.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.portal.application.DossierPackage;
import vn.ansinh.portal.application.DossierPackageReader;
import vn.ansinh.portal.application.DossierPackageReader.CommuneState;
import vn.ansinh.portal.domain.PortalPackageException;
import vn.ansinh.portal.domain.PortalProcedure;
import vn.ansinh.portal.domain.ProcedureCatalog;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/** The portal package reader on real ZIP bytes: a good package, and each refusal with its reason. */
class DossierPackageReaderTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

    private final Set<String> imported = new java.util.HashSet<>(Set.of("H11.34-261201-0009"));

    private final DossierPackageReader reader = new DossierPackageReader(
            ProcedureCatalog.defaults(),
            new DossierPackageReader.Lookups() {
                @Override
                public CommuneState commune(AdminUnitCode code) {
                    return switch (code.value()) {
                        case "03253" -> CommuneState.CURRENT;
                        case "03256" -> CommuneState.ABOLISHED;
                        default -> CommuneState.UNKNOWN;
                    };
                }

                @Override
                public boolean alreadyImported(String dossierNumber) {
                    return imported.contains(dossierNumber);
                }
            },
            1024 * 1024,
            256 * 1024);

    /** The sample's dossier.json with one value replaced (a JSON fragment, e.g. {@code "\"1.999999\""}). */
    static String dossierJson(String key, String replacement) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("formatVersion", "1");
        values.put("dossierNumber", "\"H11.34-261203-0001\"");
        values.put("procedureCode", "\"1.014028\"");
        values.put("receivedAt", "\"2026-12-03T09:15:00+07:00\"");
        values.put("communeCode", "\"03253\"");
        values.put(
                "applicant",
                "{\"personalId\":\"011185004321\",\"fullName\":\"Lò Thị Hoa\",\"birthDate\":\"1985-04-12\","
                        + "\"sex\":\"FEMALE\",\"address\":\"Bản Phiêng Pi, xã Tuần Giáo\",\"ethnicity\":\"03\"}");
        values.put(
                "beneficiary",
                "{\"personalId\":\"011048001234\",\"fullName\":\"Lò Văn Pọm\",\"birthDate\":\"1948\","
                        + "\"sex\":\"Nam\",\"address\":\"Bản Phiêng Pi, xã Tuần Giáo\",\"ethnicity\":\"03\"}");
        values.put(
                "attachments",
                "[{\"fileName\":\"to-khai.pdf\",\"documentType\":\"APPLICATION_FORM\",\"sha256\":\"" + sha256(PDF)
                        + "\"},{\"fileName\":\"giay-bao-tu.png\",\"documentType\":\"DEATH_CERTIFICATE\",\"sha256\":\""
                        + sha256(PNG) + "\"}]");
        if (key != null) {
            if (replacement == null) {
                values.remove(key);
            } else {
                values.put(key, replacement);
            }
        }
        StringBuilder json = new StringBuilder("{");
        values.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
        return json.append('}').toString();
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> goodEntries(String json) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("dossier.json", json.getBytes(StandardCharsets.UTF_8));
        entries.put("to-khai.pdf", PDF);
        entries.put("giay-bao-tu.png", PNG);
        return entries;
    }

    static byte[] goodPackage() {
        return zip(goodEntries(dossierJson(null, null)));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private DossierPackage read(byte[] bytes) {
        return reader.read("goi.zip", new ByteArrayInputStream(bytes), NOW);
    }

    private void refused(byte[] bytes, String reason, Object... arguments) {
        assertThatThrownBy(() -> read(bytes)).isInstanceOfSatisfying(PortalPackageException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("portal.error." + reason);
            if (arguments.length > 0) {
                assertThat(e.arguments()).containsExactly(arguments);
            }
        });
    }

    private void refusedWith(String key, String replacement, String reason, Object... arguments) {
        refused(zip(goodEntries(dossierJson(key, replacement))), reason, arguments);
    }

    @Test
    void aGoodPackageIsReadWithItsPersonsAndFiles() {
        DossierPackage dossier = read(goodPackage());

        assertThat(dossier.dossierNumber()).isEqualTo("H11.34-261203-0001");
        assertThat(dossier.procedure()).isEqualTo(PortalProcedure.FUNERAL_SOCIAL_PENSION);
        assertThat(dossier.category()).isEqualTo(Category.FUNERAL_SOCIAL_PENSION);
        assertThat(dossier.receivedAt()).isEqualTo(Instant.parse("2026-12-03T02:15:00Z"));
        assertThat(dossier.commune()).isEqualTo(AdminUnitCode.of("03253"));
        assertThat(dossier.person().fullName()).isEqualTo("Lò Văn Pọm");
        assertThat(dossier.person().sex()).isEqualTo(Sex.MALE);
        assertThat(dossier.person().birthDate().year()).isEqualTo(1948);
        assertThat(dossier.applicant().personalId().value()).isEqualTo("011185004321");
        assertThat(dossier.attachments())
                .extracting(DossierPackage.Attachment::fileName, DossierPackage.Attachment::kind, a -> a.type())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "to-khai.pdf", DocumentKind.APPLICATION_FORM, ScanMediaType.PDF),
                        org.assertj.core.groups.Tuple.tuple(
                                "giay-bao-tu.png", DocumentKind.DEATH_CERTIFICATE, ScanMediaType.PNG));
        assertThat(dossier.attachments().get(0).content()).isEqualTo(PDF);
    }

    @Test
    void theSamplePackageOfTheDocsIsGood() throws IOException {
        byte[] sample =
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/docs/samples/portal-dossier-sample.zip"));
        DossierPackage dossier = reader.read("portal-dossier-sample.zip", new ByteArrayInputStream(sample), NOW);
        assertThat(dossier.procedure()).isEqualTo(PortalProcedure.FUNERAL_SOCIAL_PENSION);
        assertThat(dossier.attachments()).hasSize(2);
    }

    @Test
    void withoutABeneficiaryTheApplicantIsThePerson() {
        DossierPackage dossier = read(zip(goodEntries(dossierJson("beneficiary", null))));
        assertThat(dossier.person().fullName()).isEqualTo("Lò Thị Hoa");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() {
        refused(PDF, "notZip", "goi.zip");
    }

    @Test
    void aBrokenZipIsRefused() {
        byte[] good = goodPackage();
        byte[] cut = java.util.Arrays.copyOf(good, 40);
        refused(cut, "badZip", "goi.zip");
    }

    @Test
    void aPackageWithoutDossierJsonIsRefused() {
        Map<String, byte[]> entries = goodEntries("{}");
        entries.remove("dossier.json");
        refused(zip(entries), "noDossierJson", "goi.zip");
    }

    @Test
    void malformedJsonIsRefused() {
        refused(zip(goodEntries("{\"dossierNumber\": ")), "json");
        refused(zip(goodEntries("[1, 2]")), "json", "ARRAY");
    }

    @Test
    void aMissingFieldIsNamed() {
        refusedWith("dossierNumber", null, "missingField", "dossierNumber");
        refusedWith(
                "applicant",
                "{\"personalId\":\"011185004321\",\"sex\":\"FEMALE\"}",
                "missingField",
                "applicant.fullName");
    }

    @Test
    void anUnknownProcedureCodeIsRefused() {
        refusedWith("procedureCode", "\"1.999999\"", "procedure", "1.999999");
    }

    @Test
    void aCategoryOutsideTheProcedureIsRefused() {
        refusedWith("category", "\"DISABLED\"", "category", "DISABLED", "1.014028");
        // the monthly allowance has many categories: the dossier must name one
        refusedWith("procedureCode", "\"1.001776\"", "category", "—", "1.001776");
    }

    @Test
    void anUnknownOrAbolishedCommuneIsRefused() {
        refusedWith("communeCode", "\"99999\"", "commune.unknown", "99999");
        refusedWith("communeCode", "\"03256\"", "commune.abolished", "03256");
    }

    @Test
    void aRefusalKnowsTheDossierWhenThePackageNamesItAndACurrentCommune() {
        assertThat(refusal("procedureCode", "\"1.999999\"").dossier())
                .isEqualTo(new PortalPackageException.RefusedDossier(
                        "H11.34-261203-0001", "1.999999", vn.ansinh.shared.kernel.AdminUnitCode.of("03253")));
        assertThat(refusal("receivedAt", "\"hôm qua\"").dossier().procedureCode())
                .isEqualTo("1.014028");
        // a procedure code that is not a string is left out, the dossier is still known
        assertThat(refusal("procedureCode", "{\"x\":1}").dossier().procedureCode())
                .isNull();
    }

    @Test
    void aRefusalWithoutItsNumberOrACurrentCommuneKnowsNoDossier() {
        assertThat(refusal("dossierNumber", null).dossier()).isNull();
        assertThat(refusal("dossierNumber", "\"" + "H".repeat(61) + "\"").dossier())
                .isNull();
        assertThat(refusal("communeCode", "\"99999\"").dossier()).isNull();
        assertThat(refusal("communeCode", "\"03256\"").dossier()).isNull();
        assertThat(refusal("communeCode", "[1]").dossier()).isNull();
        // a package that could not be read names nothing
        assertThatThrownBy(() -> read(new byte[] {1, 2, 3}))
                .isInstanceOfSatisfying(
                        PortalPackageException.class,
                        e -> assertThat(e.dossier()).isNull());
    }

    private PortalPackageException refusal(String key, String replacement) {
        try {
            read(zip(goodEntries(dossierJson(key, replacement))));
        } catch (PortalPackageException e) {
            return e;
        }
        throw new AssertionError("the package with " + key + "=" + replacement + " was not refused");
    }

    @Test
    void anInvalidPersonalIdIsRefused() {
        refusedWith(
                "applicant",
                "{\"personalId\":\"01118500432\",\"fullName\":\"Lò Thị Hoa\",\"birthDate\":\"1985-04-12\","
                        + "\"sex\":\"FEMALE\"}",
                "personalId",
                "applicant");
        // a number whose sex digit says a man, for a woman
        refusedWith(
                "applicant",
                "{\"personalId\":\"011085004321\",\"fullName\":\"Lò Thị Hoa\",\"birthDate\":\"1985-04-12\","
                        + "\"sex\":\"FEMALE\"}",
                "personalId",
                "applicant");
    }

    @Test
    void aReceivedDateInTheFutureIsRefused() {
        refusedWith("receivedAt", "\"2026-12-06T09:15:00+07:00\"", "receivedInFuture");
        refusedWith("receivedAt", "\"03/12/2026\"", "badValue", "receivedAt", "03/12/2026");
    }

    @Test
    void aMissingAttachmentIsRefused() {
        Map<String, byte[]> entries = goodEntries(dossierJson(null, null));
        entries.remove("giay-bao-tu.png");
        refused(zip(entries), "attachment.missing", "giay-bao-tu.png");
    }

    @Test
    void aFileNotListedIsRefused() {
        Map<String, byte[]> entries = goodEntries(dossierJson(null, null));
        entries.put("thua.pdf", PDF);
        refused(zip(entries), "attachment.unlisted", "thua.pdf");
    }

    @Test
    void aSha256MismatchIsRefused() {
        Map<String, byte[]> entries = goodEntries(dossierJson(null, null));
        byte[] changed = PDF.clone();
        changed[changed.length - 2] = 'X';
        entries.put("to-khai.pdf", changed);
        refused(zip(entries), "attachment.sha256", "to-khai.pdf");
    }

    @Test
    void aFileTypeTheUploadChecksRefuseIsRefused() {
        byte[] word = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4};
        Map<String, byte[]> entries = goodEntries(dossierJson(
                "attachments",
                "[{\"fileName\":\"to-khai.doc\",\"documentType\":\"APPLICATION_FORM\",\"sha256\":\"" + sha256(word)
                        + "\"}]"));
        entries.remove("to-khai.pdf");
        entries.remove("giay-bao-tu.png");
        entries.put("to-khai.doc", word);
        refused(zip(entries), "attachment.type", "to-khai.doc");
    }

    @Test
    void anUnknownDocumentTypeIsRefused() {
        refusedWith(
                "attachments",
                "[{\"fileName\":\"to-khai.pdf\",\"documentType\":\"PHOTO\",\"sha256\":\"" + sha256(PDF) + "\"}]",
                "badValue",
                "documentType",
                "PHOTO");
    }

    @Test
    void aPackageLargerThanTheLimitIsRefused() {
        byte[] big = new byte[1024 * 1024 + 1];
        big[0] = 'P';
        refused(big, "tooBig", "goi.zip", 1L);
    }

    @Test
    void anEntryInflatingPastTheFileLimitIsRefusedWhileReading() {
        Map<String, byte[]> entries = goodEntries(dossierJson(null, null));
        byte[] zeros = new byte[300 * 1024]; // compresses to a few hundred bytes
        entries.put("to-khai.pdf", zeros);
        refused(zip(entries), "attachment.tooBig", "to-khai.pdf", 0L);
    }

    @Test
    void aDossierAlreadyImportedIsRefused() {
        refusedWith("dossierNumber", "\"H11.34-261201-0009\"", "duplicate", "H11.34-261201-0009");
    }

    @Property(tries = 200)
    void bytesThatAreNotAZipAreRefusedAsNotAZip(@ForAll @Size(max = 2000) byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return;
        }
        refused(bytes, "notZip", "goi.zip");
    }
}
