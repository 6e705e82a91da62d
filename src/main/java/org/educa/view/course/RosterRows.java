package org.educa.view.course;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.educa.business.authoring.RosterOrder;
import org.educa.business.authoring.RosterRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A roster's rows for PrimeFaces' lazy table, a page at a time from the service: the count, and the page in the
 * order of the column the reader sorted by ({@code field} of the column: {@code username}, {@code name},
 * {@code progress}, {@code enrolled}, {@code lastActivity}); by name until they choose one, and by name for a field
 * that is none of these.
 */
final class RosterRows extends LazyDataModel<RosterRow> {

    private static final long serialVersionUID = 3495911608830453816L;

    /** How many students there are. */
    interface Count extends Serializable {
        long get();
    }

    /** {@code size} students from the {@code first} (from 0), in this order. */
    interface Page extends Serializable {
        List<RosterRow> get(RosterOrder order, boolean ascending, int first, int size);
    }

    private final Count count;
    private final Page page;

    RosterRows(Count count, Page page) {
        this.count = count;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.get());
    }

    @Override
    public List<RosterRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(meta -> !meta.getOrder().isUnsorted()).findFirst().orElse(null);
        RosterOrder order = sort == null ? RosterOrder.NAME : RosterOrder.ofField(sort.getField()).orElse(RosterOrder.NAME);
        return page.get(order, sort == null || sort.getOrder().isAscending(), first, pageSize);
    }

    @Override
    public String getRowKey(RosterRow row) {
        return String.valueOf(row.studentId());
    }
}
