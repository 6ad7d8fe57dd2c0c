package vn.ansinh.api.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.eoffice.application.EOfficeService;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;

/**
 * A signed decision as PDF, for a caller who may see its case: the stored copy the pages return too (the chairman's
 * signed copy once filed, else the issued copy, sealed when the unit has a key), byte for byte.
 */
@Path("/decisions/{id}/pdf")
@Tag(name = "cases")
public class DecisionsResource {

    @Inject
    private AccessLog accessLog;

    @Inject
    private EOfficeService eoffice;

    @GET
    @Produces("application/pdf")
    @Operation(operationId = "decisionPdf", summary = "Quyết định đã ký, dạng PDF")
    @APIResponse(
            responseCode = "200",
            description = "PDF",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    public Response decisionPdf(@PathParam("id") long id) {
        Decision decision = eoffice.decision(id);
        accessLog.read(
                AccessKind.DECISION,
                eoffice.commune(decision),
                decision.personId(),
                decision.number() + " (#" + decision.id() + ") API");
        return Response.ok(eoffice.current(decision).bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"quyet-dinh-" + decision.id() + ".pdf\"")
                .build();
    }
}
