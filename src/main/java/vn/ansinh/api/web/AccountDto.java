package vn.ansinh.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.account.application.AccountOverview;
import vn.ansinh.account.domain.AccountEvent;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.SsAccount;

/** A person's social-security account as the account page shows it: status, bank, dates of the steps, history. */
@Schema(name = "Account")
public class AccountDto {

    @Schema(required = true)
    public long personId;

    @Schema(
            required = true,
            description = "Tình trạng tài khoản (NONE: chưa có)",
            enumeration = {
                "NONE",
                "HAS_ACCOUNT",
                "REGISTERED",
                "VERIFIED",
                "PAID_VIA_ACCOUNT",
                "CLOSED",
                "FAILED",
                "CASH_FALLBACK"
            })
    public String status;

    @Schema(required = true, description = "Phiên bản (ETag, 0 khi chưa có tài khoản); gửi lại trong If-Match")
    public long version;

    @Schema(nullable = true, example = "VBSP")
    public String bankCode;

    @Schema(nullable = true, example = "Ngân hàng Chính sách xã hội")
    public String bankName;

    @Schema(nullable = true, example = "0123456789")
    public String accountNumber;

    @Schema(nullable = true, format = "date")
    public String openedOn;

    @Schema(nullable = true, format = "date")
    public String registeredOn;

    @Schema(nullable = true, format = "date")
    public String verifiedOn;

    @Schema(nullable = true, format = "date")
    public String firstPaidOn;

    @Schema(nullable = true, format = "date")
    public String closedOn;

    @Schema(nullable = true, format = "date")
    public String failedOn;

    @Schema(nullable = true, format = "date")
    public String fallbackOn;

    @Schema(nullable = true, format = "date", description = "Ngày của bước gần nhất")
    public String lastStepOn;

    @Schema(
            required = true,
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Các bước người gọi được ghi nhận lúc này (như các nút của trang)")
    public List<String> allowedSteps;

    @Schema(
            required = true,
            type = SchemaType.ARRAY,
            implementation = EventDto.class,
            description = "Lịch sử, cũ trước")
    public List<EventDto> history;

    static AccountDto of(AccountOverview overview) {
        SsAccount account = overview.account();
        AccountDto dto = new AccountDto();
        dto.personId = overview.person().id();
        dto.status = account.status().name();
        dto.version = account.version();
        dto.bankCode = account.bankCode() == null ? null : account.bankCode().value();
        dto.bankName = overview.bankName();
        dto.accountNumber =
                account.accountNumber() == null ? null : account.accountNumber().value();
        dto.openedOn = CaseDto.text(account.openedOn());
        dto.registeredOn = CaseDto.text(account.registeredOn());
        dto.verifiedOn = CaseDto.text(account.verifiedOn());
        dto.firstPaidOn = CaseDto.text(account.firstPaidOn());
        dto.closedOn = CaseDto.text(account.closedOn());
        dto.failedOn = CaseDto.text(account.failedOn());
        dto.fallbackOn = CaseDto.text(account.fallbackOn());
        dto.lastStepOn = CaseDto.text(account.lastStepOn());
        dto.allowedSteps =
                overview.allowedSteps().stream().map(AccountStep::name).toList();
        dto.history = overview.history().stream().map(EventDto::of).toList();
        return dto;
    }

    /** One recorded step of the account. */
    @Schema(name = "AccountEvent")
    public static class EventDto {
        @Schema(required = true, example = "OPEN")
        public String step;

        @Schema(nullable = true, example = "NONE")
        public String fromStatus;

        @Schema(required = true, example = "HAS_ACCOUNT")
        public String toStatus;

        @Schema(required = true, format = "date", description = "Ngày xảy ra")
        public String on;

        @Schema(
                required = true,
                description = "Nguồn: ghi tay, tệp nhập, kết quả chi trả",
                enumeration = {"MANUAL", "IMPORT", "PAYMENT"})
        public String source;

        @Schema(required = true, description = "Người ghi nhận")
        public String actor;

        @Schema(required = true, format = "date-time", description = "Lúc ghi nhận (ISO 8601, UTC)")
        public String recordedAt;

        @Schema(nullable = true)
        public String note;

        static EventDto of(AccountEvent event) {
            EventDto dto = new EventDto();
            dto.step = event.step().name();
            dto.fromStatus =
                    event.fromStatus() == null ? null : event.fromStatus().name();
            dto.toStatus = event.toStatus().name();
            dto.on = event.happenedOn().toString();
            dto.source = event.source().name();
            dto.actor = event.actor();
            dto.recordedAt =
                    event.recordedAt().toInstant(java.time.ZoneOffset.UTC).toString();
            dto.note = event.note();
            return dto;
        }
    }
}
