package vn.ansinh.account.application;

import java.util.Map;
import vn.ansinh.shared.upload.Cell;

/** Receives the rows of an import file, CSV or Excel alike. */
interface TableRows {

    /**
     * A row with at least one value. {@code width} is the number of fields of a CSV record (empty ones
     * included), or -1 for an Excel row (which has no such thing). Returns false to stop reading.
     */
    boolean row(int rowNumber, Map<Integer, Cell> cells, int width);

    /** A CSV record that cannot be read as fields (an unclosed quote, text after a closing quote). */
    boolean malformed(int rowNumber, String messageKey);
}
