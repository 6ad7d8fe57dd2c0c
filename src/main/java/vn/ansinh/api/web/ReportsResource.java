package vn.ansinh.api.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.report.application.Reports;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.text.BundleMessages;

/**
 * The state reports as JSON, counted by the same queries as the report pages ({@link Reports}, and the Project 06
 * page's {@code Project06Indicators}) for the same choice:
 * a unit the caller covers ({@code unit}, the caller's own by default; VN for a national user) and a period written as
 * the pages write it ({@code period=2026-Q1}; a month also {@code 2026-03}). A unit outside the caller's jurisdiction
 * is 404, as the pages answer it.
 */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportsResource {

    private static final String UNIT = "Mã đơn vị (mặc định: đơn vị của người gọi; VN: cả nước)";
    private static final String PERIOD = "Kỳ: 2026-M03 hoặc 2026-03 (tháng), 2026-Q1, 2026-H1, 2026-N9, 2026-Y";

    @Inject
    private Reports reports;

    @Inject
    private vn.ansinh.account.application.Project06Indicators project06;

    @Inject
    private CurrentActor actor;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("/movement")
    @Operation(
            operationId = "movementReport",
            summary = "Báo cáo biến động đối tượng: đầu kỳ, tăng, giảm theo lý do, cuối kỳ, theo chương trình và nhóm")
    @APIResponse(
            responseCode = "200",
            description = "Các dòng của báo cáo",
            content = @Content(schema = @Schema(implementation = MovementReportDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "Đơn vị ngoài địa bàn của người gọi",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Mã đơn vị hoặc kỳ sai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MovementReportDto movement(
            @Parameter(description = UNIT, example = "03253") @QueryParam("unit") String unit,
            @Parameter(description = PERIOD + " (mặc định: tháng này)", example = "2026-Q1") @QueryParam("period")
                    String period) {
        AdminUnitCode code = unit(unit);
        return MovementReportDto.of(
                code.value(), reports.movement(code, periodOr(period, thisMonth()), text("report.country")));
    }

    @GET
    @Path("/paid")
    @Operation(
            operationId = "paidReport",
            summary =
                    "Báo cáo kinh phí chi trả: theo chương trình so với kế hoạch năm và cùng kỳ năm trước, theo tháng")
    @APIResponse(
            responseCode = "200",
            description = "Các dòng của báo cáo (đồng)",
            content = @Content(schema = @Schema(implementation = PaidReportDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "Đơn vị ngoài địa bàn của người gọi",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Mã đơn vị hoặc kỳ sai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaidReportDto paid(
            @Parameter(description = UNIT, example = "03253") @QueryParam("unit") String unit,
            @Parameter(description = PERIOD + " (mặc định: tháng này)", example = "2026-Q1") @QueryParam("period")
                    String period) {
        AdminUnitCode code = unit(unit);
        return PaidReportDto.of(
                code.value(), reports.paid(code, periodOr(period, thisMonth()), text("report.country")));
    }

    @GET
    @Path("/poverty")
    @Operation(
            operationId = "povertyReport",
            summary = "Báo cáo hộ nghèo, cận nghèo theo năm rà soát: từng xã (từng tỉnh khi cả nước)")
    @APIResponse(
            responseCode = "200",
            description = "Các dòng của báo cáo",
            content = @Content(schema = @Schema(implementation = PovertyReportDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "Đơn vị ngoài địa bàn của người gọi",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Mã đơn vị hoặc kỳ sai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PovertyReportDto poverty(
            @Parameter(description = UNIT, example = "03253") @QueryParam("unit") String unit,
            @Parameter(description = "Năm rà soát: 2026-Y (mặc định: năm nay)", example = "2026-Y")
                    @QueryParam("period")
                    String period) {
        AdminUnitCode code = unit(unit);
        ReportPeriod year =
                periodOr(period, ReportPeriod.year(reports.currentMonth().getYear()));
        if (year.kind() != vn.ansinh.report.domain.PeriodKind.YEAR) {
            throw new ApiException(422, "report.error.period", period);
        }
        return PovertyReportDto.of(
                code.value(), reports.poverty(code, year, text("report.country"), text("report.total")));
    }

    @GET
    @Path("/project06")
    @Operation(
            operationId = "project06Report",
            summary = "Chỉ tiêu Đề án 06 của tháng: đối tượng có tài khoản, đã đăng ký, được chi trả qua tài khoản,"
                    + " từng xã")
    @APIResponse(
            responseCode = "200",
            description = "Các dòng của báo cáo",
            content = @Content(schema = @Schema(implementation = Project06ReportDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "Đơn vị ngoài địa bàn của người gọi, hoặc cả nước (chọn một tỉnh)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Mã đơn vị hoặc tháng sai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Project06ReportDto project06(
            @Parameter(description = UNIT, example = "03253") @QueryParam("unit") String unit,
            @Parameter(description = "Tháng YYYY-MM (mặc định: tháng này)", example = "2026-11") @QueryParam("month")
                    String month) {
        AdminUnitCode code = unit(unit);
        java.time.YearMonth asked = ApiParams.month(month);
        return Project06ReportDto.of(
                code.value(), project06.counted(code, asked == null ? project06.currentMonth() : asked));
    }

    private AdminUnitCode unit(String unit) {
        return ApiParams.unit(unit, actor.get().unit());
    }

    private ReportPeriod thisMonth() {
        return ReportPeriod.month(reports.currentMonth());
    }

    private static ReportPeriod periodOr(String period, ReportPeriod fallback) {
        return period == null || period.isBlank() ? fallback : ApiParams.period(period);
    }

    private String text(String key) {
        return BundleMessages.text(ApiProblems.language(headers), key);
    }
}
