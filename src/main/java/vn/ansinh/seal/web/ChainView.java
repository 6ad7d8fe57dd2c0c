package vn.ansinh.seal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ansinh.seal.application.SealService;
import vn.ansinh.seal.application.SealerState;
import vn.ansinh.seal.domain.ChainReport;
import vn.ansinh.seal.domain.Finding;
import vn.ansinh.seal.domain.SealedTable;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;

/**
 * The sealed record's page for auditors and administrators: the sealer's status, the chain heads, the
 * gaps, the last checkpoint, and "Kiểm tra", which verifies everything and shows the first row that
 * does not match.
 */
@Named
@ViewScoped
public class ChainView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SealService seals;

    private SealerState status;
    private ChainReport report;

    @PostConstruct
    void init() {
        status = seals.status();
    }

    public void verify() {
        PageActions.attempt(() -> {
            report = seals.verify();
            status = seals.status();
            if (report.ok()) {
                Messages.info("seal.verify.ok", report.checkpointsChecked());
            } else {
                Finding first = report.firstFinding().orElseThrow();
                Messages.error(
                        "seal.verify.tampered",
                        report.findings().size(),
                        tableLabel(first.table()),
                        first.rowId() == null ? "—" : String.valueOf(first.rowId()),
                        Messages.text(first.problem().messageKey()));
            }
        });
    }

    public void writeCheckpoint() {
        PageActions.attempt(() -> seals.writeCheckpoint().ifPresent(c -> {
            status = seals.status();
            Messages.info("seal.checkpoint.done", c.fileName());
        }));
    }

    /** A sealed table's name for people, or the name as it is (a checkpoint file). */
    public String tableLabel(String table) {
        for (SealedTable sealed : SealedTable.values()) {
            if (sealed.tableName().equals(table)) {
                return Messages.text("seal.table." + table);
            }
        }
        return table;
    }

    public SealerState getStatus() {
        return status;
    }

    public ChainReport getReport() {
        return report;
    }

    public List<Finding> getFindings() {
        return report == null ? List.of() : report.findings();
    }

    public boolean isMayVerify() {
        return seals.mayVerify();
    }

    public boolean isMayWriteCheckpoint() {
        return seals.mayWriteCheckpoint();
    }
}
