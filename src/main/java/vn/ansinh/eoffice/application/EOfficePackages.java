package vn.ansinh.eoffice.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.DecisionMetadata;

/**
 * The packages handed to an e-office system: a decision as a ZIP of its PDF and {@code metadata.xml}
 * (namespace {@value #NAMESPACE}, schema {@value #SCHEMA}), and a day of a unit's decisions as a ZIP with one
 * folder per decision. Pure functions of their input; the entry times are the decision's date, so the same
 * decisions make the same bytes.
 */
public final class EOfficePackages {

    /** The namespace of {@code metadata.xml}. */
    public static final String NAMESPACE = "urn:ansinh:eoffice:decision:1";

    /** The class-path resource of the schema of {@code metadata.xml}. */
    public static final String SCHEMA = "/vn/ansinh/eoffice/decision-metadata.xsd";

    /** The name of the metadata file inside a package. */
    public static final String METADATA = "metadata.xml";

    /** The order of a day's folders: by symbol, then number. */
    public static final java.util.Comparator<Filed> BY_NUMBER = java.util.Comparator.comparing(
                    (Filed f) -> f.metadata().symbol())
            .thenComparingInt(f -> f.metadata().number());

    private EOfficePackages() {}

    /** A decision with the bytes of its stored PDF copy and what the copy carries. */
    public record Filed(DecisionMetadata metadata, byte[] pdf, CopyKind copy) {

        public Filed {
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(pdf, "pdf");
            Objects.requireNonNull(copy, "copy");
        }

        /** "quyet-dinh-125-QĐ-UBND.pdf". */
        public String pdfName() {
            return metadata.fileStem() + ".pdf";
        }
    }

    /** The ZIP of one decision: its PDF and {@code metadata.xml}, at the top. */
    public static byte[] decision(Filed filed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(filed.pdf().length + 4096);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            write(zip, "", filed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The ZIP of a day: one folder per decision, named after its number ("quyet-dinh-125-QĐ-UBND/"). */
    public static byte[] day(List<Filed> decisions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        Set<String> folders = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Filed filed : decisions) {
                String folder = filed.metadata().fileStem() + "/";
                if (!folders.add(folder)) {
                    throw new IllegalArgumentException(
                            "two decisions numbered " + filed.metadata().numberAndSymbol());
                }
                write(zip, folder, filed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(ZipOutputStream zip, String folder, Filed filed) throws IOException {
        long time = filed.metadata()
                .signedOn()
                .atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC)
                .toEpochMilli();
        ZipEntry pdf = new ZipEntry(folder + filed.pdfName());
        pdf.setTime(time);
        zip.putNextEntry(pdf);
        zip.write(filed.pdf());
        zip.closeEntry();
        ZipEntry xml = new ZipEntry(folder + METADATA);
        xml.setTime(time);
        zip.putNextEntry(xml);
        zip.write(metadataXml(filed));
        zip.closeEntry();
    }

    /** The {@code metadata.xml} of a decision and its PDF, in UTF-8. */
    public static byte[] metadataXml(Filed filed) {
        DecisionMetadata m = filed.metadata();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            Element root = doc.createElementNS(NAMESPACE, "decision");
            doc.appendChild(root);
            root.setAttribute("id", Long.toString(m.id()));
            if (m.list()) {
                root.setAttribute("list", "true");
            }
            text(root, "documentType", "Quyết định");
            text(root, "number", Integer.toString(m.number()));
            text(root, "symbol", m.symbol());
            text(root, "numberAndSymbol", m.numberAndSymbol());
            text(root, "issuedOn", m.signedOn().toString());
            if (present(m.place())) {
                text(root, "place", m.place());
            }
            Element body = child(root, "issuingBody");
            body.setAttribute("code", m.unitCode());
            if (present(m.parentBody())) {
                text(body, "parent", m.parentBody());
            }
            text(body, "name", m.issuingBody());
            Element signer = child(root, "signer");
            text(signer, "name", m.signerName());
            text(signer, "position", m.signerTitle());
            if (present(m.capacity())) {
                text(signer, "capacity", m.capacity());
            }
            text(root, "abstract", m.subject());
            Element recipients = child(root, "recipients");
            for (String line : m.recipients()) {
                text(recipients, "recipient", line);
            }
            Element file = child(root, "file");
            file.setAttribute("name", filed.pdfName());
            file.setAttribute("size", Integer.toString(filed.pdf().length));
            file.setAttribute("sha256", sha256(filed.pdf()));
            file.setAttribute("signature", filed.copy().name());

            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = transformers.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("Cannot write the metadata of decision " + m.numberAndSymbol(), e);
        }
    }

    /** The lowercase hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Element parent, String name, String value) {
        child(parent, name).setTextContent(value.strip());
    }
}
