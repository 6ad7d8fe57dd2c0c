package vn.ansinh.registry.application;

import java.io.ByteArrayInputStream;
import vn.ansinh.fuzz.MessageKeys;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.ValueObjectOracles;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * What must hold for any bytes uploaded as a person import, shared by the property tests and the fuzz
 * target: the parser answers with a report (it never throws), every message of the report has a key in
 * both bundles, a row kept for the import has no error and values that read back as themselves, and a
 * file-level error keeps every row out.
 */
public final class PersonImportOracle {

    private PersonImportOracle() {}

    public static ImportReport check(byte[] bytes) {
        ImportReport report = new PersonImportParser(ValueObjectOracles.TODAY)
                .parse("ho-khau.xlsx", bytes.length, new ByteArrayInputStream(bytes));
        for (UploadMessage<ImportColumn> problem : report.problems()) {
            MessageKeys.requireKnown(problem);
        }
        if (report.hasFileErrors() && !report.rowsToImport().isEmpty()) {
            throw new AssertionError("rows kept for import from a file with a file-level error");
        }
        for (ImportRow row : report.rowsToImport()) {
            if (report.rowsWithErrors().contains(row.rowNumber())) {
                throw new AssertionError("row " + row.rowNumber() + " kept for import with an error");
            }
            PersonDetails details = row.person();
            if (!VietnameseNames.normaliseForStorage(details.fullName()).equals(details.fullName())) {
                throw new AssertionError("a stored name that is not in its stored form");
            }
            PartialDate birth = details.birthDate();
            if (!PartialDate.parse(birth.format(), ValueObjectOracles.TODAY).equals(birth)) {
                throw new AssertionError("a date of birth that does not read back");
            }
            PersonalId id = details.personalId();
            if (id != null && !id.checkAgainst(details.sex(), birth).isEmpty()) {
                throw new AssertionError("a row kept whose personal ID disagrees with its sex or year");
            }
        }
        return report;
    }
}
