package vn.ansinh.eoffice;

import java.time.LocalDate;
import java.util.List;
import vn.ansinh.casework.application.DecisionPdf;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.casework.domain.DecisionSheet.Article;
import vn.ansinh.eoffice.domain.DecisionMetadata;

/** Sample decisions for the e-office tests: their sheets, metadata and printed PDFs. */
final class Decisions {

    private static final DecisionPdf PDF = new DecisionPdf();

    private Decisions() {}

    static DecisionSheet sheet(int number) {
        return new DecisionSheet(
                "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
                "ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO",
                number + "/QĐ-UBND",
                "Tuần Giáo",
                LocalDate.of(2026, 3, 5),
                "Về việc hưởng trợ cấp xã hội hằng tháng",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO",
                List.of("Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ;"),
                List.of(
                        new Article("Điều 1.", List.of("Trợ cấp xã hội hằng tháng đối với bà Lò Thị Ánh.")),
                        new Article("Điều 2.", List.of("Quyết định này có hiệu lực thi hành kể từ ngày ký."))),
                List.of("- Như Điều 3;", "- Lưu: VT, VHXH."),
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH",
                "Lò Văn Thành");
    }

    static DecisionMetadata metadata(long id, int number) {
        DecisionSheet s = sheet(number);
        return new DecisionMetadata(
                id,
                number,
                "QĐ-UBND",
                s.signedOn(),
                s.place(),
                "03253",
                s.parentBody(),
                s.issuingBody(),
                s.signerName(),
                s.signerTitle(),
                s.signatureCapacity(),
                s.subject(),
                s.recipients(),
                false);
    }

    static byte[] pdf(int number) {
        return PDF.render(sheet(number));
    }
}
