package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.educa.business.authoring.Positions;
import org.junit.jupiter.api.Test;

/** Moving an item within an ordered list, as reordering does before renumbering 0..n-1. */
class AuthoringPositionsTest {

    private static final List<String> ITEMS = List.of("a", "b", "c", "d");

    @Test
    void movesUpDownAndAcross() {
        assertEquals(List.of("b", "a", "c", "d"), Positions.move(ITEMS, "b", 0));
        assertEquals(List.of("a", "c", "d", "b"), Positions.move(ITEMS, "b", 3));
        assertEquals(List.of("b", "c", "a", "d"), Positions.move(ITEMS, "a", 2));
    }

    @Test
    void indexesOutsideTheListAreClamped() {
        assertEquals(List.of("a", "b", "c", "d"), Positions.move(ITEMS, "a", -1));
        assertEquals(List.of("b", "c", "d", "a"), Positions.move(ITEMS, "a", 99));
    }

    @Test
    void anItemNotInTheListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Positions.move(ITEMS, "z", 0));
    }
}
