package vn.ansinh.seal.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.seal.domain.SealedTable;
import vn.ansinh.seal.domain.TableHead;

/** Every sealed table's chain as it stands: the count of seals (the last seal's number) and the head. */
public final class ChainHeads {

    private ChainHeads() {}

    public static List<TableHead> current(Connection db) throws SQLException {
        List<TableHead> heads = new ArrayList<>();
        for (SealedTable table : SealedTable.values()) {
            Sealer.Head head = Sealer.Head.of(db, table);
            heads.add(new TableHead(table.tableName(), head.seq(), head.rowId(), head.chainHash()));
        }
        return heads;
    }
}
