package org.educa.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.educa.business.NotFoundException;
import org.junit.jupiter.api.Test;

/** What the busiest pages' backing beans make of the page numbers and ids in a URL. */
class PagesTest {

    @Test
    void aPageNumberIsAPlainPositiveNumberOrTheFirstPage() {
        assertEquals(1, Pages.pageNumber(null));
        assertEquals(1, Pages.pageNumber(""));
        assertEquals(3, Pages.pageNumber("3"));
        for (String wrong : new String[] {"x", "-1", "1.5", "1234567", " 2"}) {
            assertThrows(NotFoundException.class, () -> Pages.pageNumber(wrong), wrong);
        }
    }

    @Test
    void anIdIsAPlainNumberThatFitsALongElseNone() {
        assertEquals(42L, Pages.id("42"));
        assertEquals(999_999_999_999_999_999L, Pages.id("999999999999999999"));
        for (String wrong : new String[] {null, "", "x", "-1", "4 2", "9999999999999999999", "１２"}) {
            assertNull(Pages.id(wrong), String.valueOf(wrong));
        }
    }
}
