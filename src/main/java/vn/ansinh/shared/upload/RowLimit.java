package vn.ansinh.shared.upload;

/** Counts the data rows of one file against the most an import takes ({@link FileSniffer#rowLimit()}). */
public final class RowLimit {

    private final int max;
    private int count;
    private boolean exceeded;

    RowLimit(int max) {
        this.max = max;
    }

    /** Counts one more data row; false, and {@link #exceeded()} from then on, when it is one too many. */
    public boolean admit() {
        if (count >= max) {
            exceeded = true;
            return false;
        }
        count++;
        return true;
    }

    /** Whether the file had more data rows than the limit. */
    public boolean exceeded() {
        return exceeded;
    }

    /** The data rows admitted. */
    public int count() {
        return count;
    }

    public int max() {
        return max;
    }
}
