package vn.ansinh.payment.channel.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.upload.CsvReader;

/** The CSV dialect of the bank files: quoting, separators, line ends, Vietnamese text. */
class CsvTest {

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedAndOthersAreNot() {
        String line = Csv.line(List.of(
                "1", "Nguyễn Thị Ánh", "Bản Co Cượm; xã Tuần Giáo", "Nói \"không\"", "a,b", " x", "dòng 1\ndòng 2"));

        assertThat(line)
                .isEqualTo(
                        "1;Nguyễn Thị Ánh;\"Bản Co Cượm; xã Tuần Giáo\";\"Nói \"\"không\"\"\";\"a,b\";\" x\";\"dòng 1\ndòng 2\"\r\n");
    }

    @Test
    void whatIsWrittenIsReadBackFieldForField() throws Csv.MalformedException {
        List<String> fields = List.of(
                "12", "Lò Thị Ánh", "Tài khoản đã đóng; liên hệ chi nhánh", "Nói \"không\"", "", "dòng 1\r\ndòng 2");
        String text = Csv.line(List.of("a", "b", "c", "d", "e", "f")) + Csv.line(fields);

        List<CsvReader.Record> records = Csv.read(text);

        assertThat(records).hasSize(2);
        assertThat(records.get(1).number()).isEqualTo(2);
        assertThat(records.get(1).fields()).containsExactlyElementsOf(fields);
    }

    @Test
    void aFileWithCommasIsReadWithCommasAndLfLineEnds() throws Csv.MalformedException {
        List<CsvReader.Record> records =
                Csv.read("ma_dong,so_tien,ket_qua,ly_do\n7,\"750,000\",THAT_BAI,\"Sai số tài khoản; đã đóng\"\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).fields()).containsExactly("7", "750,000", "THAT_BAI", "Sai số tài khoản; đã đóng");
    }

    @Test
    void aSemicolonInTheHeaderWinsOverCommas() {
        assertThat(Csv.separatorOf("\"a,b\";c,d\n1;2")).isEqualTo(';');
        assertThat(Csv.separatorOf("a,b\n1;2")).isEqualTo(',');
        assertThat(Csv.separatorOf("ma_dong")).isEqualTo(';');
    }

    @Test
    void aLastLineWithoutLineEndIsKeptAndBlankLinesAreBlank() throws Csv.MalformedException {
        List<CsvReader.Record> records = Csv.read("a;b\r\n\r\n1;2");

        assertThat(records).extracting(CsvReader.Record::isBlank).containsExactly(false, true, false);
        assertThat(records.get(2).fields()).containsExactly("1", "2");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsRecord() {
        assertThatThrownBy(() -> Csv.read("a;b\n1;\"không đóng\n2;3\n"))
                .isInstanceOf(Csv.MalformedException.class)
                .satisfies(
                        e -> assertThat(((Csv.MalformedException) e).record()).isEqualTo(2));
    }
}
