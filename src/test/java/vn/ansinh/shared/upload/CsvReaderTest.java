package vn.ansinh.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.upload.CsvReader.Malformed;
import vn.ansinh.shared.upload.CsvReader.Quotes;

/** The one CSV reader of the imports: separators, quotes, line ends, numbering and broken records. */
class CsvReaderTest {

    /** What the reader handed over: records, and broken ones as "line/number WHY". */
    private static final class Collected implements CsvReader.Handler {

        final List<CsvReader.Record> records = new ArrayList<>();
        final List<String> malformed = new ArrayList<>();
        int stopAfter = Integer.MAX_VALUE;

        @Override
        public boolean record(CsvReader.Record record) {
            records.add(record);
            return records.size() < stopAfter;
        }

        @Override
        public boolean malformed(int line, int number, Malformed why) {
            malformed.add(line + "/" + number + " " + why);
            return true;
        }
    }

    private static Collected read(String text, Quotes quotes) {
        Collected collected = new Collected();
        CsvReader.read(text, quotes, collected);
        return collected;
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesMost() {
        assertThat(CsvReader.separatorOf("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(CsvReader.separatorOf("a,b,c\n1;2;3")).isEqualTo(',');
        assertThat(CsvReader.separatorOf("a\tb\tc\n1,2;3")).isEqualTo('\t');
        assertThat(CsvReader.separatorOf("a;b,c,d")).isEqualTo(',');
        assertThat(CsvReader.separatorOf("\"Họ, tên\";Ngày"))
                .as("inside quotes is not counted")
                .isEqualTo(';');
    }

    @Test
    void aTieGoesToTheSemicolonAndATextWithoutAnyIsReadWithIt() {
        assertThat(CsvReader.separatorOf("a;b,c")).isEqualTo(';');
        assertThat(CsvReader.separatorOf("a,b\tc")).isEqualTo(',');
        assertThat(CsvReader.separatorOf("ma_dong")).isEqualTo(';');
        assertThat(CsvReader.separatorOf("")).isEqualTo(';');
    }

    @Test
    void aTitleLineWithoutSeparatorLeavesTheChoiceToTheHeaderUnderIt() {
        Collected csv =
                read("DANH SÁCH MỞ TÀI KHOẢN\n\nSố định danh cá nhân,Họ tên\n011150000101,Lò Thị Én\n", Quotes.STRICT);

        assertThat(csv.records.get(3).fields()).containsExactly("011150000101", "Lò Thị Én");
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        Collected csv = read(
                "ma_dong;ly_do\r\n7;\"Sai số; \"\"đã đóng\"\"\r\nliên hệ chi nhánh\"\r\n8;\"\"\r\n", Quotes.STRICT);

        assertThat(csv.malformed).isEmpty();
        assertThat(csv.records)
                .extracting(CsvReader.Record::line, CsvReader.Record::number, CsvReader.Record::fields)
                .containsExactly(
                        tuple(1, 1, List.of("ma_dong", "ly_do")),
                        tuple(2, 2, List.of("7", "Sai số; \"đã đóng\"\r\nliên hệ chi nhánh")),
                        tuple(4, 3, List.of("8", "")));
    }

    @Test
    void everyLineEndEndsARecordAndBlankRecordsAreCounted() {
        Collected csv = read("a;b\r\n\r\n1;2\r3;4\n;\n5;6", Quotes.STRICT);

        assertThat(csv.records)
                .extracting(CsvReader.Record::number, CsvReader.Record::isBlank)
                .containsExactly(
                        tuple(1, false),
                        tuple(2, true),
                        tuple(3, false),
                        tuple(4, false),
                        tuple(5, true),
                        tuple(6, false));
        assertThat(csv.records.get(5).fields())
                .as("the last line without line end")
                .containsExactly("5", "6");
        assertThat(csv.records.get(4).fields()).containsExactly("", "");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        Collected csv = read("\uFEFFSự kiện;Ngày\nMO_TAI_KHOAN;05/01/2026", Quotes.STRICT);

        assertThat(csv.records.get(0).fields()).containsExactly("Sự kiện", "Ngày");
    }

    @Test
    void cellsAreTheStrippedFieldsThatAreNotBlankByIndex() {
        Collected csv = read(" Lò Thị Én ;;\u00A0;VBSP\u00A0\n", Quotes.STRICT);

        assertThat(csv.records.get(0).cells())
                .containsOnlyKeys(0, 3)
                .containsEntry(0, Cell.text("Lò Thị Én"))
                .containsEntry(3, Cell.text("VBSP"));
        assertThat(csv.records.get(0).cells().get(3).text()).isEqualTo("VBSP");
        assertThat(csv.records.get(0).cells().get(0).kind()).isEqualTo(Cell.Kind.TEXT);
    }

    @Test
    void strictQuotesMakeABrokenRecordAnErrorOfItsLineAndTheNextLinesAreStillRead() {
        Collected csv = read(
                "a,b\n"
                        + "1,Cà \"Văn\" Đôi\n" // 2 stray quote
                        + "2,\"Cà Văn Đôi\"x\n" // 3 text after the quote
                        + "3,\"không đóng\n" // 4 a quote never closed: only its line is lost
                        + "4,Lò Thị Én\n",
                Quotes.STRICT);

        assertThat(csv.malformed).containsExactly("2/2 STRAY_QUOTE", "3/3 TEXT_AFTER_QUOTE", "4/4 UNCLOSED_QUOTE");
        assertThat(csv.records)
                .extracting(CsvReader.Record::line, CsvReader.Record::fields)
                .containsExactly(tuple(1, List.of("a", "b")), tuple(5, List.of("4", "Lò Thị Én")));
    }

    @Test
    void lenientQuotesAreReadAsExcelReadsThem() {
        Collected csv = read("a;b;c\n1;  \"Lò Thị Én\";Nói \"không\"\n2;\"750\".000;x\n", Quotes.LENIENT);

        assertThat(csv.malformed).isEmpty();
        assertThat(csv.records.get(1).fields()).containsExactly("1", "Lò Thị Én", "Nói \"không\"");
        assertThat(csv.records.get(2).fields()).containsExactly("2", "750.000", "x");
    }

    @Test
    void anUnclosedQuoteIsMalformedInEitherMode() {
        Collected csv = read("a;b\n1;\"không đóng\n2;3\n", Quotes.LENIENT);

        assertThat(csv.malformed).containsExactly("2/2 UNCLOSED_QUOTE");
        assertThat(csv.records).extracting(CsvReader.Record::line).containsExactly(1, 3);
    }

    @Test
    void theHandlerStopsTheReading() {
        Collected csv = new Collected();
        csv.stopAfter = 2;

        CsvReader.read("a\nb\nc\nd\n", Quotes.STRICT, csv);

        assertThat(csv.records).extracting(r -> r.fields().get(0)).containsExactly("a", "b");
    }
}
