package vn.ansinh.gift.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ansinh.gift.domain.GiftCommune;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.payment.channel.application.Banks;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;

/** One-off lists as the logged-in user: the lists they reach, each commune's part, and every step as a command. */
@ApplicationScoped
public class GiftService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private Clock clock;

    public List<GiftList> lists() {
        return new GiftLists(em).lists(units.scopeOf(currentActor.get()));
    }

    /** A list the user reaches, or the refusal a missing one gets (404). */
    public GiftList list(Long id) {
        GiftList list = id == null ? null : em.find(GiftList.class, id);
        if (list == null || !new GiftLists(em).reaches(units.scopeOf(currentActor.get()), list)) {
            throw new AccessDeniedException("error.notFound", "no gift list " + id + " within reach");
        }
        return list;
    }

    public List<GiftLists.CommuneRow> communes(GiftList list) {
        return new GiftLists(em).communes(units.scopeOf(currentActor.get()), list.id());
    }

    /** The entries of a commune of the list, when the user reaches the commune. */
    public List<GiftEntry> entries(GiftList list, AdminUnitCode commune) {
        if (!units.scopeOf(currentActor.get()).covers(commune)) {
            throw new AccessDeniedException("error.access.unit", "gift list commune " + commune + " outside scope");
        }
        return new GiftLists(em).entries(list.id(), commune);
    }

    /** The persons of the commune's part who died or moved since the draw, by entry id. */
    public Map<Long, GiftLists.Since> since(GiftList list, AdminUnitCode commune) {
        if (!units.scopeOf(currentActor.get()).covers(commune)) {
            throw new AccessDeniedException("error.access.unit", "gift list commune " + commune + " outside scope");
        }
        return new GiftLists(em).since(list.id(), commune);
    }

    public String unitName(AdminUnitCode code) {
        return units.nameOf(code);
    }

    /** Today in Vietnam, by the application's clock. */
    public LocalDate today() {
        return VietnamTime.dayOf(clock.instant());
    }

    public boolean mayDefine() {
        return engine.permits(defineCommand(null, null, null, Map.of()));
    }

    public boolean mayDraw(GiftList list) {
        return list.status().mayDraw()
                && engine.permits(new DrawGiftListCommand(list.id(), list.unitCode(), units.tree()));
    }

    public boolean mayReview(GiftList list, GiftLists.CommuneRow part) {
        return part.status().mayReview() && engine.permits(new ReviewGiftCommuneCommand(list.id(), part.commune()));
    }

    public boolean mayApprove(GiftList list, GiftLists.CommuneRow part) {
        return part.status().mayApprove()
                && !currentActor.get().username().equals(part.reviewedBy())
                && engine.permits(new ApproveGiftCommuneCommand(list.id(), part.commune()));
    }

    public boolean mayResolve(GiftCommuneStatus status, AdminUnitCode commune) {
        return status.mayResolve() && engine.permits(new ResolveGiftEntryCommand(null, commune, true));
    }

    public boolean mayRecordPaid(GiftCommuneStatus status, AdminUnitCode commune) {
        return status.mayPay() && engine.permits(new RecordGiftPaidCommand(List.of(), commune, null));
    }

    public GiftList define(String name, LocalDate cutOff, String budgetSource, Map<Category, Long> amounts) {
        return engine.submit(defineCommand(name, cutOff, budgetSource, amounts == null ? Map.of() : amounts));
    }

    private DefineGiftListCommand defineCommand(
            String name, LocalDate cutOff, String budgetSource, Map<Category, Long> amounts) {
        return new DefineGiftListCommand(currentActor.get().unit(), name, cutOff, budgetSource, amounts, units.tree());
    }

    public int draw(GiftList list) {
        return engine.submit(new DrawGiftListCommand(list.id(), list.unitCode(), units.tree()));
    }

    public void review(GiftList list, AdminUnitCode commune) {
        engine.submit(new ReviewGiftCommuneCommand(list.id(), commune));
    }

    public void approve(GiftList list, AdminUnitCode commune) {
        engine.submit(new ApproveGiftCommuneCommand(list.id(), commune));
    }

    public void resolve(GiftEntry entry, boolean keep) {
        engine.submit(new ResolveGiftEntryCommand(entry.id(), entry.communeCode(), keep));
    }

    public void recordPaid(GiftEntry entry) {
        engine.submit(new RecordGiftPaidCommand(List.of(entry.id()), entry.communeCode(), today()));
    }

    /** The commune's signature list as a workbook. */
    public byte[] signatureList(GiftList list, AdminUnitCode commune) {
        boolean approved = statusOf(list, commune).approved();
        return GiftSignatureList.write(list, units.nameOf(commune), approved, entries(list, commune));
    }

    /** The commune's signature list as a PDF in the state layout. */
    public byte[] signatureListPdf(GiftList list, AdminUnitCode commune) {
        boolean approved = statusOf(list, commune).approved();
        return GiftSignaturePdf.write(list, units.nameOf(commune), approved, entries(list, commune));
    }

    /** The bank transfer file of the commune's approved part to one bank ({@link GiftBankFile}); refused for a draft part. */
    public byte[] bankFile(GiftList list, AdminUnitCode commune, String bankCode) {
        List<GiftEntry> entries = entries(list, commune);
        return GiftBankFile.write(list, statusOf(list, commune), entries, bankCode);
    }

    /** The banks a transfer can go to, code → name. */
    public Map<String, String> banks() {
        return Banks.all(em);
    }

    /** Whether the user may import a bank's result file for the part (an approved part, the commune officer). */
    public boolean mayImportResult(GiftCommuneStatus status, AdminUnitCode commune) {
        return status.mayPay() && engine.permits(new ImportGiftBankResultCommand(null, commune, null));
    }

    /** Reads a bank's result file for the commune's part and reports each row; writes nothing. */
    public GiftResultReport checkResult(
            GiftList list, AdminUnitCode commune, String bankCode, String fileName, long size, InputStream content) {
        entries(list, commune); // the scope's refusal for a commune out of reach
        GiftCommune part = em.createQuery(
                        "select g from GiftCommune g where g.listId = :l and g.communeCode = :c", GiftCommune.class)
                .setParameter("l", list.id())
                .setParameter("c", commune.value())
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new AccessDeniedException("error.notFound", "no part " + commune + " of " + list.id()));
        return new GiftResults(em).check(part, bankCode, fileName, size, content);
    }

    /** Records a checked result file, all or nothing. */
    public ImportGiftBankResultCommand.Outcome applyResult(
            GiftList list, AdminUnitCode commune, GiftResultReport report) {
        return engine.submit(new ImportGiftBankResultCommand(list.id(), commune, report));
    }

    private GiftCommuneStatus statusOf(GiftList list, AdminUnitCode commune) {
        return communes(list).stream()
                .filter(part -> part.commune().equals(commune))
                .map(GiftLists.CommuneRow::status)
                .findFirst()
                .orElseThrow(
                        () -> new AccessDeniedException("error.notFound", "no part " + commune + " of " + list.id()));
    }
}
