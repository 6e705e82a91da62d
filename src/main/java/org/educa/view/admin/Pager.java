package org.educa.view.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** An admin table's rows, loaded a page at a time from a service: how many there are, and those from {@code first}. */
final class Pager<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 3824757901475698908L;

    /** How many rows there are. */
    interface Count extends Serializable {
        long get();
    }

    /** {@code size} rows from the {@code first} (from 0). */
    interface Rows<T> extends Serializable {
        List<T> get(int first, int size);
    }

    private final Count count;
    private final Rows<T> rows;

    Pager(Count count, Rows<T> rows) {
        this.count = count;
        this.rows = rows;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.get());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return rows.get(first, pageSize);
    }
}
