package vn.ansinh.intake.application;

import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * The orphan sweep of the document store: a file last written more than {@code grace} ago that no
 * {@code application_document} or {@code decision_copy} row references was left by a server killed between writing the file and committing
 * its row ({@link DocumentStore}); it is moved to {@code orphans/<day>/} in the store, kept for an administrator, and
 * the temporary parts of uploads begun before the grace are removed. Run nightly by the system
 * ({@link OrphanDocumentSweepJob}); its audit row says how many files were checked and moved, with the first hashes.
 */
public record SweepOrphanDocumentsCommand(DocumentStore store, Duration grace)
        implements Command<SweepOrphanDocumentsCommand.Result> {

    /** How many stored files were old enough to check, how many were moved, how many stale parts removed. */
    public record Result(int checked, int quarantined, int staleParts) {}

    private static final int BATCH = 500;
    private static final int HASHES_IN_AUDIT = 50;

    @Override
    public String action() {
        return "document.sweepOrphans";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }

    @Override
    public Result execute(CommandContext context) {
        Instant cutoff = context.now().minus(grace);
        try {
            List<String> candidates = store.storedBefore(cutoff);
            Set<String> referenced = referenced(context, candidates);
            List<String> moved = new ArrayList<>();
            for (String hash : candidates) {
                if (!referenced.contains(hash) && store.quarantine(hash, cutoff, context.today())) {
                    moved.add(hash);
                }
            }
            int parts = store.removeStaleParts(cutoff);
            JsonArrayBuilder hashes = Jsons.createArrayBuilder();
            moved.stream().limit(HASHES_IN_AUDIT).forEach(hashes::add);
            context.recordChange(
                    "DocumentStore",
                    null,
                    null,
                    Jsons.createObjectBuilder()
                            .add("graceHours", grace.toHours())
                            .add("checked", candidates.size())
                            .add("quarantined", moved.size())
                            .add("staleParts", parts)
                            .add("hashes", hashes)
                            .build()
                            .toString());
            return new Result(candidates.size(), moved.size(), parts);
        } catch (IOException e) {
            throw new UncheckedIOException("The document store could not be swept", e);
        }
    }

    /** The candidates some document row references, asked in batches. */
    private static Set<String> referenced(CommandContext context, List<String> candidates) {
        Set<String> referenced = new HashSet<>();
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<String> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            // the scanned documents and the stored copies of decisions (e-office) share the store
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            jakarta.persistence.Query query = context.em()
                    .createNativeQuery("SELECT sha256 FROM application_document WHERE sha256 IN (" + marks + ")"
                            + " UNION SELECT sha256 FROM decision_copy WHERE sha256 IN (" + marks + ")");
            for (int i = 0; i < batch.size(); i++) {
                query.setParameter(i + 1, batch.get(i));
                query.setParameter(batch.size() + i + 1, batch.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object> rows = query.getResultList();
            referenced.addAll(rows.stream().map(String::valueOf).toList());
        }
        return referenced;
    }
}
