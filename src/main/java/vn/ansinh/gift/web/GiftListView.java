package vn.ansinh.gift.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import vn.ansinh.gift.application.GiftBankFile;
import vn.ansinh.gift.application.GiftLists;
import vn.ansinh.gift.application.GiftResultReport;
import vn.ansinh.gift.application.GiftService;
import vn.ansinh.gift.application.ImportGiftBankResultCommand;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.text.VietnameseFormat;
import vn.ansinh.shared.upload.UploadMessage;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.Uploads;

/**
 * A one-off list (or, without an id, the lists the user reaches): per commune planned against paid, the entries of
 * the commune opened, the people to resolve; the officer resolves, reviews and records payments, the approver
 * approves (confirming the amount), everyone of the commune may take the signature list.
 */
@Named
@ViewScoped
public class GiftListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GiftService service;

    private Long id;
    private String communeParam;
    private GiftList list;
    private List<GiftList> lists = List.of();
    private List<GiftLists.CommuneRow> communes = List.of();
    private GiftLists.CommuneRow opened;
    private List<GiftEntry> entries = List.of();
    private Map<Long, GiftLists.Since> since = Map.of();
    private Map<String, String> bankNames;
    private String resultBank;
    private GiftResultReport report;

    public void load() {
        if (id == null) {
            lists = service.lists();
            return;
        }
        try {
            list = service.list(id);
        } catch (AccessDeniedException e) {
            Pages.refuse(e);
            return;
        }
        refresh();
        if (communeParam != null && opened == null) {
            communes.stream()
                    .filter(row -> row.commune().value().equals(communeParam))
                    .findFirst()
                    .ifPresent(this::open);
        }
    }

    private void refresh() {
        communes = service.communes(list);
        if (opened != null) {
            AdminUnitCode code = opened.commune();
            opened = communes.stream()
                    .filter(row -> row.commune().equals(code))
                    .findFirst()
                    .orElse(null);
            entries = opened == null ? List.of() : service.entries(list, code);
            since = opened == null ? Map.of() : service.since(list, code);
        }
        list = service.list(list.id());
    }

    public void open(GiftLists.CommuneRow row) {
        opened = row;
        entries = service.entries(list, row.commune());
        since = service.since(list, row.commune());
        report = null;
    }

    /** The bank's result file for the opened part and the chosen bank, checked row by row; nothing written yet. */
    public void upload(FileUploadEvent event) {
        report = null;
        if (opened == null || resultBank == null || !getResultBanks().contains(resultBank)) {
            Messages.error("channels.result.chooseBank");
            return;
        }
        AdminUnitCode commune = opened.commune();
        Uploads.check(
                        event,
                        (name, size, content) -> service.checkResult(list, commune, resultBank, name, size, content))
                .ifPresent(checked -> report = checked);
    }

    /** Records the checked file, all or nothing. */
    public void confirmResult() {
        PageActions.attempt(() -> {
            ImportGiftBankResultCommand.Outcome outcome = service.applyResult(list, opened.commune(), report);
            report = null;
            refresh();
            Messages.info(
                    "gift.result.done", outcome.paid(), VietnameseFormat.money(outcome.paidAmount()), outcome.failed());
        });
    }

    /** The confirmation's question: the file, the people the bank paid and their amount, the transfers it refused. */
    public String getResultQuestion() {
        return report == null
                ? ""
                : Messages.text(
                        "gift.result.confirm.question",
                        report.fileName(),
                        report.count(ResultOutcome.PAID),
                        VietnameseFormat.money(report.paidAmount()),
                        report.count(ResultOutcome.FAILED));
    }

    /** What became of the person since the draw ("died on 02/12/2026", "now lives in Xã …"), or empty. */
    public String sinceDraw(GiftEntry entry) {
        GiftLists.Since s = since.get(entry.id());
        if (s == null) {
            return "";
        }
        if (s.diedOn() != null) {
            return Messages.text("gift.since.died", VietnameseFormat.date(s.diedOn()));
        }
        return Messages.text("gift.since.moved", service.unitName(s.livesIn()));
    }

    public String text(UploadMessage<?> problem) {
        return problem == null ? "" : Uploads.text(problem);
    }

    /** The opened part's bank files, one per bank with transfers left (none before approval). */
    public List<String> getBankFiles() {
        return opened == null ? List.of() : GiftBankFile.banks(opened.status(), entries);
    }

    /** The banks whose result file the opened part may take. */
    public List<String> getResultBanks() {
        return opened == null ? List.of() : GiftBankFile.resultBanks(opened.status(), entries);
    }

    public boolean isMayImportResult() {
        return opened != null && service.mayImportResult(opened.status(), opened.commune());
    }

    public String bankName(String code) {
        if (bankNames == null) {
            bankNames = service.banks();
        }
        return bankNames.getOrDefault(code, code);
    }

    public String getResultBank() {
        return resultBank;
    }

    public void setResultBank(String resultBank) {
        this.resultBank = resultBank;
    }

    public GiftResultReport getReport() {
        return report;
    }

    public void review(GiftLists.CommuneRow row) {
        PageActions.attempt("gift.reviewed", () -> service.review(list, row.commune()));
        refresh();
    }

    public void approve(GiftLists.CommuneRow row) {
        PageActions.attempt("gift.approved", () -> service.approve(list, row.commune()));
        refresh();
    }

    public void resolve(GiftEntry entry, boolean keep) {
        PageActions.attempt(keep ? "gift.kept" : "gift.dropped", () -> service.resolve(entry, keep));
        refresh();
    }

    public void paid(GiftEntry entry) {
        PageActions.attempt("gift.paidRecorded", () -> service.recordPaid(entry));
        refresh();
    }

    /** The approver's question, naming the commune, the people and the amount. */
    public String approvalQuestion(GiftLists.CommuneRow row) {
        return Messages.text(
                "gift.confirm.approve",
                service.unitName(row.commune()),
                row.planned(),
                VietnameseFormat.money(row.plannedAmount()));
    }

    public boolean mayReview(GiftLists.CommuneRow row) {
        return service.mayReview(list, row);
    }

    public boolean mayApprove(GiftLists.CommuneRow row) {
        return service.mayApprove(list, row);
    }

    public boolean mayResolve(GiftEntry entry) {
        return entry.toResolve() && opened != null && service.mayResolve(opened.status(), opened.commune());
    }

    public boolean mayRecordPaid(GiftEntry entry) {
        return entry.payable()
                && entry.paidOn() == null
                && opened != null
                && service.mayRecordPaid(opened.status(), opened.commune());
    }

    public String unitName(AdminUnitCode code) {
        return service.unitName(code);
    }

    /** The people of the opened commune drawn without an identity number and not resolved yet. */
    public List<GiftEntry> getToResolve() {
        return entries.stream().filter(GiftEntry::toResolve).toList();
    }

    public long getPlannedTotal() {
        return communes.stream().mapToLong(GiftLists.CommuneRow::plannedAmount).sum();
    }

    public long getPaidTotal() {
        return communes.stream().mapToLong(GiftLists.CommuneRow::paidAmount).sum();
    }

    public boolean isOpenedApproved() {
        return opened != null
                && (opened.status() == GiftCommuneStatus.APPROVED || opened.status() == GiftCommuneStatus.PAID);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCommune() {
        return communeParam;
    }

    public void setCommune(String commune) {
        this.communeParam = commune;
    }

    public GiftList getList() {
        return list;
    }

    public List<GiftList> getLists() {
        return lists;
    }

    public List<GiftLists.CommuneRow> getCommunes() {
        return communes;
    }

    public GiftLists.CommuneRow getOpened() {
        return opened;
    }

    public List<GiftEntry> getEntries() {
        return entries;
    }
}
