package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.it.CaseworkFixture.TUAN_GIAO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.intake.application.DocumentStore;
import vn.ansinh.intake.application.SweepOrphanDocumentsCommand;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;

/**
 * The nightly orphan sweep of the document store, on the real database: a file a server wrote before it died,
 * without its row, is moved to {@code orphans/<day>/} once older than the grace; a file a row references, a file
 * written within the grace and the store's own folders stay; stale upload parts are removed; the audit row says
 * what was done.
 */
class OrphanDocumentSweepIT {

    private final CaseworkFixture fx = new CaseworkFixture();

    @TempDir
    Path store;

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void filesWithoutARowOlderThanTheGraceAreMovedAsideAndNothingElse() throws IOException {
        var person = fx.person(TUAN_GIAO, "Lò Thị Giấy", PartialDate.of(1950), Sex.FEMALE, "2026-05-04T01:00:00Z");
        var application = fx.application(
                person, Category.DISABLED, Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"), "2026-05-04T02:00:00Z");
        String referenced = (String) fx.jdbc()
                .row("select sha256 from application_document where application_id = ?", application.id())
                .get("sha256");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant old = now.minus(Duration.ofHours(48));
        Instant recent = now.minus(Duration.ofHours(1));
        String orphan = "ab".repeat(32);
        String recentOrphan = "cd".repeat(32);
        Path keptFile = stored(referenced, old);
        Path orphanFile = stored(orphan, old);
        Path recentFile = stored(recentOrphan, recent);
        Path stalePart = file(store.resolve("upload-1234.part"), old);
        Path livePart = file(store.resolve("upload-5678.part"), recent);

        var result = fx.run(
                Actor.SYSTEM,
                now.toString(),
                () -> new SweepOrphanDocumentsCommand(
                        DocumentStore.at(store, java.time.Clock.systemUTC()), Duration.ofHours(24)));

        assertThat(result.checked()).as("the two files older than the grace").isEqualTo(2);
        assertThat(result.quarantined()).isEqualTo(1);
        assertThat(result.staleParts()).isEqualTo(1);
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(orphanFile).doesNotExist();
        assertThat(store.resolve("orphans").resolve(today.toString()).resolve(orphan))
                .hasContent("content of " + orphan);
        assertThat(keptFile).as("referenced by its row").hasContent("content of " + referenced);
        assertThat(recentFile).as("written within the grace").exists();
        assertThat(stalePart).doesNotExist();
        assertThat(livePart).as("an upload that may be under way").exists();

        Map<String, Object> audit = fx.jdbc().latestAudit("document.sweepOrphans");
        assertThat(audit).containsEntry("actor", "system").containsEntry("outcome", "SUCCEEDED");
        assertThat((String) audit.get("after_value"))
                .contains("\"checked\":2")
                .contains("\"quarantined\":1")
                .contains("\"staleParts\":1")
                .contains(orphan)
                .doesNotContain(referenced);

        var again = fx.run(
                Actor.SYSTEM,
                now.toString(),
                () -> new SweepOrphanDocumentsCommand(
                        DocumentStore.at(store, java.time.Clock.systemUTC()), Duration.ofHours(24)));
        assertThat(again.checked())
                .as("the moved file and the orphans folder are not swept again")
                .isEqualTo(1);
        assertThat(again.quarantined()).isZero();
        assertThat(keptFile).exists();
    }

    private Path stored(String hash, Instant lastWritten) throws IOException {
        return file(store.resolve(hash.substring(0, 2)).resolve(hash), lastWritten);
    }

    private static Path file(Path path, Instant lastWritten) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "content of " + path.getFileName());
        Files.setLastModifiedTime(path, FileTime.from(lastWritten));
        return path;
    }
}
