package vn.ansinh.api.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.payment.application.PaymentHistory;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;

/** A person's payment history (the 600 newest lines): a read, within the caller's unit. */
@Path("/persons/{id}/payments")
@Tag(name = "payments")
public class PaymentHistoryResource {

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.UriInfo uri;

    @Inject
    private AccessLog accessLog;

    @Inject
    private RegistryReader reader;

    @Inject
    private PaymentHistory payments;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "paymentHistory", summary = "Lịch sử chi trả của người (600 dòng mới nhất)")
    @APIResponse(
            responseCode = "200",
            description = "Các dòng chi trả",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = PaymentLineDto.class)))
    public List<PaymentLineDto> payments(@PathParam("id") long personId) {
        Person person = reader.person(personId);
        accessLog.read(AccessKind.PAYMENT_HISTORY, person.communeCode(), person.id(), ApiReads.target(uri));
        return payments.lines(person.id()).stream().map(PaymentLineDto::of).toList();
    }
}
