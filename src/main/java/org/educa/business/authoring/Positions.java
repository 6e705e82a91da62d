package org.educa.business.authoring;

import java.util.ArrayList;
import java.util.List;

/** Moving one item of an ordered list; the services then number the result 0..n-1. */
public final class Positions {

    private Positions() {
    }

    /** The list with {@code item} taken out and put back at {@code index}, clamped to the list's bounds. */
    public static <T> List<T> move(List<T> items, T item, int index) {
        List<T> result = new ArrayList<>(items);
        if (!result.remove(item)) {
            throw new IllegalArgumentException(item + " is not in the list");
        }
        result.add(Math.max(0, Math.min(index, result.size())), item);
        return result;
    }
}
