package vn.ansinh.seal.domain;

import java.io.Serializable;

/**
 * One thing that does not match: the table, the row id (null for a column or a checkpoint), what is
 * wrong, and a detail in plain words (the seal number, the column, the checkpoint file).
 */
public record Finding(String table, Long rowId, Problem problem, String detail) implements Serializable {

    @Override
    public String toString() {
        return table + (rowId == null ? "" : " id " + rowId) + ": " + problem + " (" + detail + ")";
    }
}
