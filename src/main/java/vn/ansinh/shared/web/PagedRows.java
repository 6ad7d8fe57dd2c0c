package vn.ansinh.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rows of a paged table, read one page at a time in SQL: how many there are, and the page from a first row.
 * PrimeFaces' sorting and filtering are not used (the service orders the rows); each row is keyed by its id.
 * A view makes one with {@code PagedRows.of(() -> service.count(query), (first, size) -> service.page(query,
 * first, size), Row::id)}; the lambdas may read the view's fields, so a new search is just the next load.
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are. */
    @FunctionalInterface
    public interface Count extends Serializable {
        int count();
    }

    /** One page of rows, from the {@code first} (0-based), at most {@code size}. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int size);
    }

    /** A row's id, as the table's row key. */
    @FunctionalInterface
    public interface Key<T> extends Serializable, Function<T, Object> {}

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    private PagedRows(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    public static <T> PagedRows<T> of(Count count, Page<T> page, Key<T> key) {
        return new PagedRows<>(count, page, key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return count.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.rows(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    /** Rows are not looked up by key (no selection in these tables). */
    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
