package vn.ansinh.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import vn.ansinh.eoffice.application.EOfficePackages;
import vn.ansinh.eoffice.application.EOfficePackages.Filed;
import vn.ansinh.eoffice.domain.CopyKind;

/** The e-office packages: metadata.xml valid against the committed XSD, and what the ZIPs hold. */
class EOfficePackagesTest {

    private static final byte[] PDF = "%PDF-1.7 a decision".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void theMetadataIsValidAgainstTheSchemaAndCarriesTheDecree30Fields() throws Exception {
        byte[] xml = EOfficePackages.metadataXml(new Filed(Decisions.metadata(125, 125), PDF, CopyKind.SEALED));

        validate(xml);
        Document doc = parse(xml);
        assertThat(text(doc, "number")).isEqualTo("125");
        assertThat(text(doc, "symbol")).isEqualTo("QĐ-UBND");
        assertThat(text(doc, "numberAndSymbol")).isEqualTo("125/QĐ-UBND");
        assertThat(text(doc, "issuedOn")).isEqualTo("2026-03-05");
        assertThat(text(doc, "abstract")).isEqualTo("Về việc hưởng trợ cấp xã hội hằng tháng");
        assertThat(doc.getElementsByTagNameNS(EOfficePackages.NAMESPACE, "name")
                        .item(0)
                        .getTextContent())
                .isEqualTo("ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO");
        assertThat(doc.getElementsByTagNameNS(EOfficePackages.NAMESPACE, "position")
                        .item(0)
                        .getTextContent())
                .isEqualTo("CHỦ TỊCH");
        assertThat(doc.getElementsByTagNameNS(EOfficePackages.NAMESPACE, "recipient")
                        .getLength())
                .isEqualTo(2);
        var file = (org.w3c.dom.Element)
                doc.getElementsByTagNameNS(EOfficePackages.NAMESPACE, "file").item(0);
        assertThat(file.getAttribute("sha256")).isEqualTo(EOfficePackages.sha256(PDF));
        assertThat(file.getAttribute("size")).isEqualTo(Integer.toString(PDF.length));
        assertThat(file.getAttribute("signature")).isEqualTo("SEALED");
    }

    @Test
    void theSchemaRefusesMetadataWithoutItsRequiredFields() throws Exception {
        String xml = new String(
                        EOfficePackages.metadataXml(new Filed(Decisions.metadata(7, 7), PDF, CopyKind.UNSIGNED)),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s)<abstract>.*</abstract>", "");

        assertThatThrownBy(() -> validate(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("recipients");
    }

    @Test
    void aDecisionPackageHoldsThePdfAndItsMetadata() throws Exception {
        Filed filed = new Filed(Decisions.metadata(125, 125), PDF, CopyKind.SEALED);

        Map<String, byte[]> entries = unzip(EOfficePackages.decision(filed));

        assertThat(entries).containsOnlyKeys("quyet-dinh-125-QĐ-UBND.pdf", "metadata.xml");
        assertThat(entries.get("quyet-dinh-125-QĐ-UBND.pdf")).isEqualTo(PDF);
        validate(entries.get("metadata.xml"));
        assertThat(EOfficePackages.decision(filed))
                .as("the same decision, the same bytes")
                .isEqualTo(EOfficePackages.decision(filed));
    }

    @Test
    void aDayPackageHasOneFolderPerDecision() throws Exception {
        byte[] other = "%PDF-1.7 another".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Map<String, byte[]> entries = unzip(EOfficePackages.day(List.of(
                new Filed(Decisions.metadata(125, 125), PDF, CopyKind.SEALED),
                new Filed(Decisions.metadata(126, 126), other, CopyKind.UNSIGNED))));

        assertThat(entries)
                .containsOnlyKeys(
                        "quyet-dinh-125-QĐ-UBND/quyet-dinh-125-QĐ-UBND.pdf",
                        "quyet-dinh-125-QĐ-UBND/metadata.xml",
                        "quyet-dinh-126-QĐ-UBND/quyet-dinh-126-QĐ-UBND.pdf",
                        "quyet-dinh-126-QĐ-UBND/metadata.xml");
        assertThat(entries.get("quyet-dinh-126-QĐ-UBND/quyet-dinh-126-QĐ-UBND.pdf"))
                .isEqualTo(other);
        assertThat(text(parse(entries.get("quyet-dinh-126-QĐ-UBND/metadata.xml")), "number"))
                .isEqualTo("126");
    }

    @Test
    void twoDecisionsOfTheSameNumberCannotShareADay() {
        Filed filed = new Filed(Decisions.metadata(125, 125), PDF, CopyKind.SEALED);

        assertThatThrownBy(() -> EOfficePackages.day(List.of(filed, filed)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommittedSampleIsValid() throws Exception {
        validate(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/docs/samples/eoffice-metadata.xml")));
    }

    static void validate(byte[] xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try (InputStream xsd = EOfficePackages.class.getResourceAsStream(EOfficePackages.SCHEMA)) {
            assertThat(xsd).as("the schema on the class path").isNotNull();
            Validator validator = factory.newSchema(new StreamSource(xsd)).newValidator();
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document doc, String name) {
        return doc.getElementsByTagNameNS(EOfficePackages.NAMESPACE, name)
                .item(0)
                .getTextContent();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in =
                new ZipInputStream(new ByteArrayInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
