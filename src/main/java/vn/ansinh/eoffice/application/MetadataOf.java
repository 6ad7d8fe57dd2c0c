package vn.ansinh.eoffice.application;

import java.time.LocalDate;
import vn.ansinh.casework.application.DecisionSheetJson;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionNumber;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionStatus;
import vn.ansinh.eoffice.domain.DecisionMetadata;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * What an e-office system files of a signed decision, individual or list: its number and date as kept, everything
 * else as printed (the sheet in its {@code sheet_json}), so the metadata says what the PDF says.
 */
public final class MetadataOf {

    private MetadataOf() {}

    /** An individual decision's metadata. */
    public static DecisionMetadata decision(Decision d) {
        String number = d.number();
        String symbol = number.substring(number.indexOf('/') + 1);
        return of(
                d.id(),
                d.sequence(),
                symbol,
                d.signedOn(),
                d.issuingUnitCode(),
                DecisionSheetJson.read(d.sheetJson()),
                false);
    }

    /**
     * A signed list decision's metadata: the abstract is the list's subject, the recipients and signer those printed
     * on it, the issuing body the unit whose chairman signed it.
     */
    public static DecisionMetadata list(ListDecision list) {
        if (list.status() != ListDecisionStatus.SIGNED) {
            throw new IllegalArgumentException("list decision " + list.id() + " is not signed");
        }
        DecisionNumber number = list.decisionNumber();
        return of(
                list.id(),
                number.sequence(),
                number.symbol(),
                list.signedOn(),
                list.issuingUnitCode(),
                DecisionSheetJson.read(list.sheetJson()),
                true);
    }

    static DecisionMetadata of(
            long id,
            int sequence,
            String symbol,
            LocalDate signedOn,
            AdminUnitCode issuingUnit,
            DecisionSheet sheet,
            boolean list) {
        return new DecisionMetadata(
                id,
                sequence,
                symbol,
                signedOn,
                sheet.place(),
                issuingUnit.value(),
                sheet.parentBody(),
                sheet.issuingBody(),
                sheet.signerName(),
                sheet.signerTitle(),
                sheet.signatureCapacity(),
                sheet.subject(),
                sheet.recipients(),
                list);
    }
}
