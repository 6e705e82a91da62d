package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educa.business.authoring.Positions;
import org.junit.jupiter.api.Test;

/** Moving an item within an ordered list and numbering the result 0..n-1, as modules and contents are reordered. */
class AuthoringPositionsTest {

    private static final List<String> ITEMS = List.of("a", "b", "c", "d");

    @Test
    void movesUpDownAndAcross() {
        assertEquals(List.of("b", "a", "c", "d"), Positions.moveTo(ITEMS, "b", 0));
        assertEquals(List.of("a", "c", "d", "b"), Positions.moveTo(ITEMS, "b", 3));
        assertEquals(List.of("b", "c", "a", "d"), Positions.moveTo(ITEMS, "a", 2));
    }

    @Test
    void indexesOutsideTheListAreClamped() {
        assertEquals(List.of("a", "b", "c", "d"), Positions.moveTo(ITEMS, "a", -1));
        assertEquals(List.of("b", "c", "d", "a"), Positions.moveTo(ITEMS, "a", 99));
    }

    @Test
    void anItemNotInTheListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Positions.moveTo(ITEMS, "z", 0));
    }

    @Test
    void theResultIsNumberedDenselyFromZero() {
        Map<String, Integer> positions = new LinkedHashMap<>(Map.of("a", 7, "b", 3, "c", 3, "d", -1));
        List<String> order = Positions.number(new ArrayList<>(Positions.moveTo(ITEMS, "d", 1)), positions::put);
        assertEquals(List.of("a", "d", "b", "c"), order);
        assertEquals(Map.of("a", 0, "d", 1, "b", 2, "c", 3), positions);
    }
}
