package vn.ansinh.backup.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DumpRowsTest {

    @Test
    void countsTuplesOfSingleLineAndOneTuplePerLineInserts() {
        DumpRows rows = new DumpRows();
        rows.line("CREATE TABLE `empty_table` (");
        rows.line("CREATE TABLE `person` (");
        rows.line("INSERT INTO `person` VALUES (1,'Lò Văn A'),(2,'x),(y; z'),(3,'it\\'s (quoted)');");
        rows.line("INSERT INTO `audit_record` VALUES");
        rows.line("(1,'a;b',NULL),");
        rows.line("(2,'c\\\\',0x28),");
        rows.line("(3,'\"),(\"',NULL);");
        rows.line("/*!40000 ALTER TABLE `audit_record` ENABLE KEYS */;");
        rows.line("INSERT INTO `person` (`id`, `name`) VALUES (4,'d');");

        assertThat(rows.rows())
                .containsEntry("empty_table", 0L)
                .containsEntry("person", 4L)
                .containsEntry("audit_record", 3L)
                .hasSize(3);
    }

    @Test
    void refusesADumpCutInsideAStatementOrAnUnknownInsertForm() {
        DumpRows cut = new DumpRows();
        cut.line("INSERT INTO `person` VALUES");
        cut.line("(1,'a'),");
        assertThatThrownBy(cut::rows).hasMessageContaining("person");

        assertThatThrownBy(() -> new DumpRows().line("INSERT INTO person VALUES (1)"))
                .hasMessageContaining("not understood");
    }
}
