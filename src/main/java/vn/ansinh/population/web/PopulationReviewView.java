package vn.ansinh.population.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.population.application.CheckSummary;
import vn.ansinh.population.application.CommuneChecks;
import vn.ansinh.population.application.PopulationBatchFile;
import vn.ansinh.population.application.PopulationReviewRow;
import vn.ansinh.population.application.PopulationService;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.PagedRows;
import vn.ansinh.shared.web.Uploads;

/**
 * The review list of the population-database check (mismatches, not found, deceased) of the user's jurisdiction,
 * and, for whoever may check a commune (officer, approver, administrator; never the auditor), the check of a
 * commune's people online, the request file of the batch exchange and the upload of its result file.
 */
@Named
@ViewScoped
public class PopulationReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PopulationService population;

    @Inject
    private CommuneChecks checks;

    /** The commune whose check this page started or follows, until its outcome is shown once. */
    private AdminUnitCode followed;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private RegistryReader reader;

    private LazyDataModel<PopulationReviewRow> rows;
    private List<AdminUnit> communes;
    private String communeCode;
    private List<PopulationBatchFile.Problem> problems = List.of();

    @PostConstruct
    void init() {
        rows = PagedRows.of(
                () -> population.reviewCount(),
                (first, size) -> population.reviewPage(first, size),
                PopulationReviewRow::personId);
        communes = units.communesWithin(reader.jurisdiction()).stream()
                .filter(c -> population.mayCheck(c.code()))
                .toList();
        communeCode = communes.size() == 1 ? communes.get(0).code().value() : null;
    }

    /** Starts the check of the chosen commune's people online; the page follows it until it ends. */
    public void checkCommune() {
        PageActions.attempt(() -> {
            CommuneChecks.Progress started = checks.start(commune());
            if (started.total() == 0) {
                PopulationTexts.report(CheckSummary.nobody());
            } else {
                followed = started.commune();
                Messages.info("population.commune.started", started.total());
            }
        });
    }

    /** The followed check as it stands (the page's poll), its outcome shown once when it ends. */
    public void refresh() {
        Optional<CommuneChecks.Progress> progress = progress();
        if (progress.isEmpty() || !progress.get().finished()) {
            return;
        }
        followed = null;
        CommuneChecks.Progress ended = progress.get();
        if (ended.failureKey() != null) {
            Messages.error("population.commune.failed", ended.done(), ended.total(), Messages.text(ended.failureKey()));
        } else {
            PopulationTexts.report(ended.summary());
        }
    }

    /** Whether a check this page follows is running. */
    public boolean isChecking() {
        return progress().map(p -> !p.finished()).orElse(false);
    }

    /** The progress of the followed check: "Đang đối chiếu: 1.500/13.428 người". */
    public String getProgressText() {
        return progress()
                .map(p -> Messages.text("population.commune.progress", p.done(), p.total()))
                .orElse("");
    }

    private Optional<CommuneChecks.Progress> progress() {
        return followed == null ? Optional.empty() : checks.latest(followed);
    }

    /** Reads an uploaded result file of the batch exchange and records its answers. */
    public void upload(FileUploadEvent event) {
        problems = List.of();
        PageActions.attempt(() -> Uploads.check(
                        event, (name, size, content) -> population.importResult(commune(), name, size, content))
                .ifPresent(done -> {
                    problems = done.problems();
                    PopulationTexts.report(done.summary());
                }));
    }

    private AdminUnitCode commune() {
        if (communeCode == null || communeCode.isBlank()) {
            throw new vn.ansinh.shared.kernel.BusinessRuleException("population.error.commune");
        }
        return AdminUnitCode.of(communeCode);
    }

    /** A problem of the result file in the user's words, with its line. */
    public String problemText(PopulationBatchFile.Problem problem) {
        String text = Messages.text(problem.messageKey(), problem.arguments().toArray());
        return problem.line() > 0 ? Messages.text("population.batch.line", problem.line(), text) : text;
    }

    public String communeName(PopulationReviewRow row) {
        return units.nameOf(row.commune());
    }

    public boolean isMayCheck() {
        return !communes.isEmpty();
    }

    public LazyDataModel<PopulationReviewRow> getRows() {
        return rows;
    }

    public List<AdminUnit> getCommunes() {
        return communes;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public List<PopulationBatchFile.Problem> getProblems() {
        return problems;
    }
}
