package vn.ansinh.portal.application;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import vn.ansinh.portal.domain.PortalStatus;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.time.VietnamTime;

/**
 * What the portal is told about a dossier: its number, the status, when, the reason of a refusal and the decision's
 * PDF of a decided dossier. As JSON ({@link #toJson()}), the format in src/docs/public-service-portal.md [R].
 */
public record PortalStatusMessage(
        String dossierNumber,
        PortalStatus status,
        Instant at,
        String reason,
        String decisionFileName,
        byte[] decisionPdf) {

    public PortalStatusMessage {
        if (status == PortalStatus.DECIDED && decisionPdf == null) {
            throw new IllegalArgumentException("a decided dossier is sent with its decision");
        }
        if (status == PortalStatus.REFUSED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a refused dossier is sent with its reason");
        }
    }

    /** The JSON body: dates ISO-8601 with the Vietnam offset, the PDF in base64. */
    public String toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("dossierNumber", dossierNumber)
                .add("status", status.name())
                .add("timestamp", OffsetDateTime.ofInstant(at, VietnamTime.ZONE).toString());
        if (reason != null) {
            json.add("reason", reason);
        }
        if (decisionPdf != null) {
            json.add(
                    "decision",
                    Jsons.createObjectBuilder()
                            .add("fileName", decisionFileName == null ? "quyet-dinh.pdf" : decisionFileName)
                            .add("contentType", "application/pdf")
                            .add("base64", Base64.getEncoder().encodeToString(decisionPdf)));
        }
        return json.build().toString();
    }
}
