package vn.ansinh.registry.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds .xlsx import files in tests, with POI, the way officers fill them in: text cells, number
 * cells (Excel's default for digits), real date cells. A row is given as values by template column;
 * a {@code null} leaves the cell empty.
 */
public final class ImportFiles {

    private final List<String> headers = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private final List<String> titleRows = new ArrayList<>();
    private String sheetName = ImportTemplate.DATA_SHEET;

    private ImportFiles() {}

    /** A file with the template's headers, in the template's order. */
    public static ImportFiles withTemplateHeaders() {
        ImportFiles file = new ImportFiles();
        for (ImportColumn column : ImportColumn.values()) {
            file.headers.add(column.header());
        }
        return file;
    }

    public static ImportFiles withHeaders(String... headers) {
        ImportFiles file = new ImportFiles();
        file.headers.addAll(Arrays.asList(headers));
        return file;
    }

    public ImportFiles sheetName(String name) {
        this.sheetName = name;
        return this;
    }

    /** A line written above the header row (a title, as many communes put one). */
    public ImportFiles titleRow(String text) {
        titleRows.add(text);
        return this;
    }

    /** A row with the values in header order. */
    public ImportFiles row(Object... values) {
        rows.add(values);
        return this;
    }

    /** A row with nothing but its number in STT, as in a template numbered in advance: not a data row. */
    public ImportFiles numberedEmptyRow(int stt) {
        rows.add(new Object[] {stt, ""});
        return this;
    }

    /** The template's cells of a person, by column; review columns filled with {@link #review}. */
    public static Object[] person(
            int stt,
            String name,
            Object birth,
            String sex,
            Object ethnicity,
            Object personalId,
            String householdKey,
            String relationship) {
        Object[] values = new Object[ImportColumn.values().length];
        values[ImportColumn.ROW_NUMBER.ordinal()] = stt;
        values[ImportColumn.FULL_NAME.ordinal()] = name;
        values[ImportColumn.BIRTH_DATE.ordinal()] = birth;
        values[ImportColumn.SEX.ordinal()] = sex;
        values[ImportColumn.ETHNICITY.ordinal()] = ethnicity;
        values[ImportColumn.PERSONAL_ID.ordinal()] = personalId;
        values[ImportColumn.HOUSEHOLD_KEY.ordinal()] = householdKey;
        values[ImportColumn.RELATIONSHIP.ordinal()] = relationship;
        return values;
    }

    /** The same cells with one column set. */
    public static Object[] with(Object[] values, ImportColumn column, Object value) {
        Object[] copy = values.clone();
        copy[column.ordinal()] = value;
        return copy;
    }

    /** The same cells with a review: year, income and an "x" under each deprived indicator column. */
    public static Object[] review(Object[] values, Object year, Object income, ImportColumn... deprived) {
        Object[] copy = values.clone();
        copy[ImportColumn.REVIEW_YEAR.ordinal()] = year;
        copy[ImportColumn.INCOME_PER_CAPITA.ordinal()] = income;
        for (ImportColumn column : deprived) {
            copy[column.ordinal()] = "x";
        }
        return copy;
    }

    public byte[] bytes() {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat((short) 14); // Excel's built-in short date, shown per the user's locale
            Sheet sheet = workbook.createSheet(sheetName);
            int r = 0;
            for (String title : titleRows) {
                sheet.createRow(r++).createCell(0).setCellValue(title);
            }
            Row header = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
