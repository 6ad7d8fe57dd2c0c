package vn.ansinh.seal.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables whose rows are sealed, each with every one of its columns in a fixed order: the canonical
 * content of a row is these columns' values (see {@link CanonicalForm}). A column added to one of these
 * tables must be added here too (in a new canonical version); the verifier reports a column the list
 * does not cover ({@link Problem#UNCOVERED_COLUMN}).
 */
public enum SealedTable {
    AUDIT_RECORD(
            "audit_record",
            List.of(
                    Column.number("id"),
                    Column.printed("occurred_at"),
                    Column.text("actor"),
                    Column.text("actor_roles"),
                    Column.text("actor_unit"),
                    Column.text("action"),
                    Column.text("outcome"),
                    Column.text("unit_code"),
                    Column.text("target_type"),
                    Column.text("target_id"),
                    Column.text("before_value"),
                    Column.text("after_value"),
                    Column.text("reason"),
                    Column.text("reason_key"),
                    Column.text("reason_args"))),
    DECISION(
            "decision",
            List.of(
                    Column.number("id"),
                    Column.number("case_id"),
                    Column.text("kind"),
                    Column.text("issuing_unit_code"),
                    Column.text("document_symbol"),
                    Column.number("decision_year"),
                    Column.number("sequence_no"),
                    Column.text("number"),
                    Column.printed("signed_on"),
                    Column.printed("signed_at"),
                    Column.text("signer"),
                    Column.text("signer_name"),
                    Column.text("signer_title"),
                    Column.text("legal_basis"),
                    Column.text("subject"),
                    Column.number("person_id"),
                    Column.text("category"),
                    Column.text("disability_level"),
                    Column.printed("coefficient"),
                    Column.number("standard_level"),
                    Column.number("monthly_amount"),
                    Column.number("one_time_amount"),
                    Column.printed("effective_month"),
                    Column.number("replaces_id"),
                    Column.text("sheet_json"),
                    Column.text("eligibility_override"))),
    CASE_EVENT(
            "case_event",
            List.of(
                    Column.number("id"),
                    Column.number("case_id"),
                    Column.printed("occurred_at"),
                    Column.text("actor"),
                    Column.text("actor_name"),
                    Column.text("transition"),
                    Column.text("from_status"),
                    Column.text("to_status"),
                    Column.text("note"),
                    Column.number("decision_id")));

    private final String tableName;
    private final List<Column> columns;

    SealedTable(String tableName, List<Column> columns) {
        this.tableName = tableName;
        this.columns = columns;
    }

    public String tableName() {
        return tableName;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The select list giving the columns' values as text, in order (the row's id is the first). */
    public String selectList() {
        return columns.stream().map(Column::selectExpression).collect(Collectors.joining(", "));
    }

    public static SealedTable ofTableName(String name) {
        for (SealedTable table : values()) {
            if (table.tableName.equals(name)) {
                return table;
            }
        }
        throw new IllegalArgumentException("not a sealed table: " + name);
    }

    /**
     * A column and how its value is read as text: character columns as stored, every other column as
     * MariaDB prints it ({@code CAST(x AS CHAR)}: {@code 2026-12-02 07:15:00.000000}, {@code 1.500},
     * {@code 2026-12-01}, {@code 125}), so no driver or time zone setting changes the text.
     */
    public record Column(String name, boolean character) {

        static Column text(String name) {
            return new Column(name, true);
        }

        static Column number(String name) {
            return new Column(name, false);
        }

        static Column printed(String name) {
            return new Column(name, false);
        }

        String selectExpression() {
            return character ? name : "CAST(" + name + " AS CHAR)";
        }
    }
}
