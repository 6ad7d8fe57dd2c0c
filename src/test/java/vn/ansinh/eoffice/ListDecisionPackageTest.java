package vn.ansinh.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.ansinh.casework.application.DecisionSheetJson;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionNumber;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListRule;
import vn.ansinh.eoffice.application.EOfficePackages;
import vn.ansinh.eoffice.application.EOfficePackages.Filed;
import vn.ansinh.eoffice.application.MetadataOf;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.DecisionMetadata;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** A list decision in the e-office export: its metadata is the list as printed, and it shares its unit's day. */
class ListDecisionPackageTest {

    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");
    private static final byte[] PDF = "%PDF-1.7 a list".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSignedListsMetadataIsWhatItsSheetPrintsAndValidAgainstTheSchema() throws Exception {
        DecisionSheet sheet = new DecisionSheet(
                "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
                "ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO",
                "7/QĐ-UBND",
                "Tuần Giáo",
                LocalDate.of(2026, 10, 7),
                "Về việc điều chỉnh mức trợ cấp hằng tháng theo danh sách",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO",
                List.of("Căn cứ Nghị định số 335/2026/NĐ-CP;"),
                List.of(new DecisionSheet.Article("Điều 1.", List.of("Điều chỉnh mức trợ cấp đối với 3 người."))),
                List.of("- Như Điều 3;", "- Sở Y tế;", "- Lưu: VT."),
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH",
                "Lò Văn Thành");

        DecisionMetadata m = MetadataOf.list(signed(41L, 7, sheet));

        assertThat(m.id()).isEqualTo(41L);
        assertThat(m.list()).isTrue();
        assertThat(m.numberAndSymbol()).isEqualTo("7/QĐ-UBND");
        assertThat(m.unitCode()).as("the unit whose chairman signed it").isEqualTo("03253");
        assertThat(m.signedOn()).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(m.subject()).isEqualTo("Về việc điều chỉnh mức trợ cấp hằng tháng theo danh sách");
        assertThat(m.recipients()).containsExactly("- Như Điều 3;", "- Sở Y tế;", "- Lưu: VT.");
        assertThat(m.signerName()).isEqualTo("Lò Văn Thành");
        assertThat(m.fileStem()).isEqualTo("quyet-dinh-7-QĐ-UBND");

        byte[] xml = EOfficePackages.metadataXml(new Filed(m, PDF, CopyKind.UNSIGNED));
        EOfficePackagesTest.validate(xml);
        Document doc = parse(xml);
        assertThat(doc.getDocumentElement().getAttribute("id")).isEqualTo("41");
        assertThat(doc.getDocumentElement().getAttribute("list")).isEqualTo("true");
        assertThat(doc.getElementsByTagNameNS(EOfficePackages.NAMESPACE, "abstract")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Về việc điều chỉnh mức trợ cấp hằng tháng theo danh sách");
        assertThat(doc.getElementsByTagNameNS(EOfficePackages.NAMESPACE, "recipient")
                        .getLength())
                .isEqualTo(3);
        assertThat(((Element) doc.getElementsByTagNameNS(EOfficePackages.NAMESPACE, "file")
                                .item(0))
                        .getAttribute("name"))
                .isEqualTo("quyet-dinh-7-QĐ-UBND.pdf");
    }

    @Test
    void anIndividualDecisionsMetadataSaysNothingOfAList() throws Exception {
        byte[] xml = EOfficePackages.metadataXml(new Filed(Decisions.metadata(125, 125), PDF, CopyKind.SEALED));

        assertThat(parse(xml).getDocumentElement().hasAttribute("list")).isFalse();
    }

    @Test
    void aListNotYetSignedHasNoMetadata() {
        ListDecision prepared = ListDecision.prepare(
                ListRule.SOCIAL_ASSISTANCE_LEVEL_335,
                TUAN_GIAO,
                AdminUnitCode.of("11"),
                YearMonth.of(2026, 7),
                "officer",
                Instant.parse("2026-10-06T03:00:00Z"));

        assertThatThrownBy(() -> MetadataOf.list(prepared)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayPackageHoldsTheUnitsIndividualAndListDecisionsInTheOrderOfTheirNumbers() throws Exception {
        DecisionMetadata list = MetadataOf.list(signed(41L, 7, Decisions.sheet(7)));
        List<Filed> day = new ArrayList<>(List.of(
                new Filed(Decisions.metadata(9, 9), PDF, CopyKind.UNSIGNED),
                new Filed(list, PDF, CopyKind.UNSIGNED),
                new Filed(Decisions.metadata(5, 5), PDF, CopyKind.UNSIGNED)));

        day.sort(EOfficePackages.BY_NUMBER);
        Map<String, byte[]> entries = EOfficePackagesTest.unzip(EOfficePackages.day(day));

        assertThat(entries.keySet())
                .containsExactly(
                        "quyet-dinh-5-QĐ-UBND/quyet-dinh-5-QĐ-UBND.pdf",
                        "quyet-dinh-5-QĐ-UBND/metadata.xml",
                        "quyet-dinh-7-QĐ-UBND/quyet-dinh-7-QĐ-UBND.pdf",
                        "quyet-dinh-7-QĐ-UBND/metadata.xml",
                        "quyet-dinh-9-QĐ-UBND/quyet-dinh-9-QĐ-UBND.pdf",
                        "quyet-dinh-9-QĐ-UBND/metadata.xml");
        assertThat(parse(entries.get("quyet-dinh-7-QĐ-UBND/metadata.xml"))
                        .getDocumentElement()
                        .getAttribute("list"))
                .isEqualTo("true");
    }

    /** A list of Tuần Giáo signed by its chairman with the sheet, its id as the database would give it. */
    private static ListDecision signed(Long id, int number, DecisionSheet sheet) throws Exception {
        ListDecision list = ListDecision.prepare(
                ListRule.SOCIAL_ASSISTANCE_LEVEL_335,
                TUAN_GIAO,
                AdminUnitCode.of("11"),
                YearMonth.of(2026, 7),
                "officer",
                Instant.parse("2026-10-06T03:00:00Z"));
        list.sign(
                TUAN_GIAO,
                new DecisionNumber(number, "QĐ-UBND"),
                2026,
                new Decision.Signature(
                        "chairman",
                        sheet.signerName(),
                        sheet.signerTitle(),
                        sheet.signedOn(),
                        Instant.parse("2026-10-07T03:00:00Z")),
                "Nghị định số 335/2026/NĐ-CP",
                sheet.subject(),
                DecisionSheetJson.write(sheet));
        var field = ListDecision.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(list, id);
        return list;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
