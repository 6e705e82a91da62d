package org.educa.business.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** The one way modules and contents are ordered: move one item of the list, then number the list 0..n-1. */
public final class Positions {

    private Positions() {
    }

    /** The list with {@code item} taken out and put back at {@code index}, clamped to the list's bounds. */
    public static <T> List<T> moveTo(List<T> items, T item, int index) {
        List<T> result = new ArrayList<>(items);
        if (!result.remove(item)) {
            throw new IllegalArgumentException(item + " is not in the list");
        }
        result.add(Math.max(0, Math.min(index, result.size())), item);
        return result;
    }

    /** Gives the items the positions 0..n-1 in the list's order, and returns the list. */
    public static <T> List<T> number(List<T> items, ObjIntConsumer<T> setPosition) {
        for (int position = 0; position < items.size(); position++) {
            setPosition.accept(items.get(position), position);
        }
        return items;
    }
}
