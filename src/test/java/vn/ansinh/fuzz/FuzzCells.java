package vn.ansinh.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.time.LocalDate;

/** One spreadsheet cell chosen by the fuzzer: empty, text, a number, an integer or a date. */
public final class FuzzCells {

    private FuzzCells() {}

    public static Object cell(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> null;
            case 1 -> data.consumeDouble();
            case 2 -> data.consumeLong();
            case 3 -> LocalDate.ofEpochDay(data.consumeLong(-200_000, 200_000));
            default -> data.consumeString(40);
        };
    }
}
