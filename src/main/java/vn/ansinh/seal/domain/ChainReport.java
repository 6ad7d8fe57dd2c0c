package vn.ansinh.seal.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What a verification found: per table the sealed count, the rows not yet sealed and the gaps, then
 * every finding (at most a few per table, the first one first), and how many checkpoint files were checked.
 */
public record ChainReport(List<TableState> tables, List<Finding> findings, int checkpointsChecked)
        implements Serializable {

    public ChainReport {
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return findings.isEmpty();
    }

    /** The first thing that does not match, in table order, then id order. */
    public Optional<Finding> firstFinding() {
        return findings.stream().findFirst();
    }

    public Optional<Finding> firstFinding(SealedTable table) {
        return findings.stream()
                .filter(f -> f.table().equals(table.tableName()))
                .findFirst();
    }

    /** One table: seals, source rows at or below the head, rows above it (not sealed yet), recorded gaps. */
    public record TableState(String table, long sealed, long rowsBelowHead, long pending, long gaps, String headHash)
            implements Serializable {}
}
