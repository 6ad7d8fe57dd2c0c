package vn.ansinh.account.application;

import java.io.ByteArrayInputStream;
import vn.ansinh.fuzz.MessageKeys;
import vn.ansinh.registry.domain.ValueObjectOracles;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * What must hold for any bytes uploaded as an account import (CSV or .xlsx), shared by the property tests
 * and the fuzz target: a report, never an exception; every message with a key in both bundles; a line to
 * apply only from a row without error, with a date not after today.
 */
public final class AccountImportOracle {

    /** Two people of the commune and one of another, as {@link AccountImportParserTest} has them. */
    public static final String EN = "011150000101";

    public static final String DOI = "011075000102";
    public static final String OTHER_COMMUNE = "040180000103";

    private static final FakeAccountLookup LOOKUP = new FakeAccountLookup()
            .person(EN, 1, "Lò Thị Én", FakeAccountLookup.TUAN_GIAO)
            .person(DOI, 2, "Cà Văn Đôi", FakeAccountLookup.TUAN_GIAO)
            .person(OTHER_COMMUNE, 3, "Nguyễn Thị Hoa", FakeAccountLookup.QUY_HOP);

    private AccountImportOracle() {}

    public static AccountImportReport check(byte[] bytes) {
        AccountImportReport report = new AccountImportParser(
                        LOOKUP, AdminUnitCode.of(FakeAccountLookup.TUAN_GIAO), ValueObjectOracles.TODAY)
                .parse("tai-khoan.csv", bytes.length, new ByteArrayInputStream(bytes));
        for (UploadMessage<AccountImportColumn> message : report.fileMessages()) {
            MessageKeys.requireKnown(message);
        }
        for (AccountImportRow row : report.rows()) {
            for (UploadMessage<AccountImportColumn> message : row.messages()) {
                MessageKeys.requireKnown(message);
            }
            boolean hasError = row.messages().stream().anyMatch(UploadMessage::isError);
            if (row.line() != null && hasError) {
                throw new AssertionError("row " + row.rowNumber() + " applies a line despite an error");
            }
        }
        if (report.hasFileErrors() && !report.linesToApply().isEmpty()) {
            throw new AssertionError("lines to apply from a file with a file-level error");
        }
        for (AccountImportLine line : report.linesToApply()) {
            if (line.on().isAfter(ValueObjectOracles.TODAY)) {
                throw new AssertionError("a step dated after today");
            }
        }
        return report;
    }
}
