package vn.ansinh.registry.application;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.ansinh.fuzz.FuzzCells;
import vn.ansinh.fuzz.Workbooks;

/**
 * Jazzer targets of the person import: the bytes of an upload as they come, and a workbook with the
 * template's headers whose cells the fuzzer writes (text, numbers, dates). Fuzz only with {@code
 * JAZZER_FUZZ=1}; otherwise their regression corpus runs ({@link PersonImportOracle}).
 */
class PersonImportFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void upload(byte[] bytes) {
        PersonImportOracle.check(bytes);
    }

    @FuzzTest(maxDuration = "2m")
    void workbookCells(FuzzedDataProvider data) {
        List<String> headers = new ArrayList<>(
                Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
        if (data.consumeBoolean()) {
            headers.set(data.consumeInt(0, headers.size() - 1), data.consumeString(30));
        }
        List<List<?>> sheet = new ArrayList<>();
        sheet.add(headers);
        int rows = data.consumeInt(1, 3);
        for (int r = 0; r < rows; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < headers.size() + 1 && data.remainingBytes() > 0; c++) {
                row.add(FuzzCells.cell(data));
            }
            sheet.add(row);
        }
        PersonImportOracle.check(Workbooks.xlsx(ImportTemplate.DATA_SHEET, sheet));
    }
}
