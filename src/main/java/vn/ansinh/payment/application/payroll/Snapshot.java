package vn.ansinh.payment.application.payroll;

/**
 * Where a month's lines and the rates they were computed with are written: a run's own tables, or
 * the scratch space of a comparison (an approved run recomputed with today's rates), keyed by the
 * comparison and never touching the run's.
 */
public enum Snapshot {
    RUN("payroll_line", "run_id", "payroll_run_level", "payroll_run_coefficient", "payroll_run_annex"),
    COMPARISON(
            "payroll_comparison_line",
            "comparison_id",
            "payroll_comparison_level",
            "payroll_comparison_coefficient",
            "payroll_comparison_annex");

    private final String lineTable;
    private final String key;
    private final String levelTable;
    private final String coefficientTable;
    private final String annexTable;

    Snapshot(String lineTable, String key, String levelTable, String coefficientTable, String annexTable) {
        this.lineTable = lineTable;
        this.key = key;
        this.levelTable = levelTable;
        this.coefficientTable = coefficientTable;
        this.annexTable = annexTable;
    }

    public String lineTable() {
        return lineTable;
    }
    /** The column the rows are keyed by: the run's id or the comparison's. */
    public String key() {
        return key;
    }

    public String levelTable() {
        return levelTable;
    }

    public String coefficientTable() {
        return coefficientTable;
    }
    /** The annex amounts in force in the month (meritorious people). */
    public String annexTable() {
        return annexTable;
    }
}
