package vn.ansinh.account.application;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.fuzz.FuzzCells;
import vn.ansinh.fuzz.Workbooks;

/**
 * Jazzer targets of the account import: the bytes of an upload (CSV, any encoding) and a workbook with the
 * import's headers whose cells the fuzzer writes. Fuzz only with {@code JAZZER_FUZZ=1}; otherwise their
 * regression corpus runs ({@link AccountImportOracle}).
 */
class AccountImportFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void upload(byte[] bytes) {
        AccountImportOracle.check(bytes);
    }

    @FuzzTest(maxDuration = "2m")
    void workbookCells(FuzzedDataProvider data) {
        List<List<?>> sheet = new ArrayList<>();
        sheet.add(AccountImportPropertiesTest.HEADER);
        int rows = data.consumeInt(1, 3);
        for (int r = 0; r < rows; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < 7 && data.remainingBytes() > 0; c++) {
                row.add(FuzzCells.cell(data));
            }
            sheet.add(row);
        }
        AccountImportOracle.check(Workbooks.xlsx("Danh sách", sheet));
    }
}
