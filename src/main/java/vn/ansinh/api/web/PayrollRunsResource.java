package vn.ansinh.api.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.payment.application.PayrollLines;
import vn.ansinh.payment.application.PayrollService;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;

/**
 * Payrolls and their lines, read as the payroll pages read them: the runs of the caller's unit and the units below it
 * ({@link PayrollService}), one run only inside that jurisdiction (404 outside it, as the run page answers), its lines
 * paged in the order of the run's index. The pages do not note these reads in the access log; neither does the API.
 */
@Path("/payroll-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payroll")
public class PayrollRunsResource {

    @Inject
    private PayrollService payrolls;

    @Inject
    private PayrollLines lines;

    @Inject
    private CurrentActor actor;

    @GET
    @Operation(
            operationId = "listPayrollRuns",
            summary = "Các bảng chi trả của đơn vị (và các đơn vị trực thuộc), tháng mới nhất trước")
    @APIResponse(
            responseCode = "200",
            description = "Một trang bảng chi trả",
            content = @Content(schema = @Schema(implementation = PayrollRunDto.Page.class)))
    @APIResponse(
            responseCode = "404",
            description = "Đơn vị ngoài địa bàn của người gọi",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Mã đơn vị, tháng hoặc tham số trang sai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayrollRunDto.Page runs(
            @Parameter(description = "Mã đơn vị (mặc định: đơn vị của người gọi)", example = "03253")
                    @QueryParam("unit")
                    String unit,
            @Parameter(description = "Tháng chi trả YYYY-MM (mặc định: mọi tháng)", example = "2026-11")
                    @QueryParam("month")
                    String month,
            @Parameter(description = "Trang, từ 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Số dòng một trang (1–100)") @QueryParam("size") @DefaultValue("20") int size) {
        ApiParams.requirePaging(page, size);
        AdminUnitCode code = ApiParams.unit(unit, actor.get().unit());
        YearMonth payMonth = ApiParams.month(month);
        PayrollRunDto.Page result = new PayrollRunDto.Page();
        result.items = payrolls.runs(code, payMonth, ApiParams.first(page, size), size).stream()
                .map(run -> PayrollRunDto.of(run, payrolls.unitName(run.unitCode())))
                .toList();
        result.page = page;
        result.size = size;
        result.total = payrolls.countRuns(code, payMonth);
        return result;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPayrollRun", summary = "Một bảng chi trả: trạng thái, số dòng, tổng tiền và tóm tắt")
    @APIResponse(
            responseCode = "200",
            description = "Bảng chi trả",
            content = @Content(schema = @Schema(implementation = PayrollRunDto.class)))
    public PayrollRunDto run(@PathParam("id") long id) {
        PayrollRun run = payrolls.run(id);
        return PayrollRunDto.of(run, payrolls.unitName(run.unitCode()), payrolls.summary(run));
    }

    @GET
    @Path("/{id}/lines")
    @Operation(
            operationId = "listPayrollLines",
            summary = "Các dòng của bảng chi trả, từng trang (theo kênh chi trả rồi mã dòng)")
    @APIResponse(
            responseCode = "200",
            description = "Một trang dòng chi trả, với số dòng và tổng tiền của cả bảng (không có dòng khi chưa tính)",
            content = @Content(schema = @Schema(implementation = PayrollLineDto.Page.class)))
    @APIResponse(
            responseCode = "422",
            description = "Tham số trang sai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PayrollLineDto.Page lines(
            @PathParam("id") long id,
            @Parameter(description = "Trang, từ 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Số dòng một trang (1–100)") @QueryParam("size") @DefaultValue("100") int size) {
        ApiParams.requirePaging(page, size);
        PayrollRun run = payrolls.run(id);
        PayrollLineDto.Page result = new PayrollLineDto.Page();
        result.page = page;
        result.size = size;
        if (!run.status().hasLines()) {
            result.items = java.util.List.of();
            return result;
        }
        result.items = lines.inRunOrder(run.id(), ApiParams.first(page, size), size).stream()
                .map(PayrollLineDto::of)
                .toList();
        PayrollLines.Totals totals = lines.totals(run.id(), PayrollLines.Filter.NONE);
        result.total = totals.count();
        result.totalAmount = totals.amount();
        return result;
    }
}
