package org.educa.business.teaching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.educa.business.BusinessException;
import org.educa.model.InstructorRequest;
import org.junit.jupiter.api.Test;

/** The motivation of a request to teach, as the service keeps it or refuses it. */
class MotivationTest {

    @Test
    void blankMotivationsAreRefused() {
        for (String blank : new String[] {null, "", "   ", "\r\n\t ", "\u2003"}) {
            assertEquals("teach.motivation.required",
                    assertThrows(BusinessException.class, () -> InstructorRequests.motivationOf(blank)).getMessageKey());
        }
    }

    @Test
    void theLimitCountsTheTextKeptNotTheLineBreaksABrowserSends() {
        int max = InstructorRequest.MOTIVATION_MAX;
        String lines = "a\r\n".repeat(max / 2 - 1) + "a"; // 999 characters once \r\n is \n
        assertEquals(max - 1, InstructorRequests.motivationOf(lines).length());
        assertEquals("x".repeat(max), InstructorRequests.motivationOf("  " + "x".repeat(max) + "\n"));

        BusinessException tooLong = assertThrows(BusinessException.class,
                () -> InstructorRequests.motivationOf("x".repeat(max + 1)));
        assertEquals("teach.motivation.tooLong", tooLong.getMessageKey());
        assertArrayEquals(new Object[] {max, max + 1}, tooLong.getArguments());
    }

    @Test
    void theTextIsKeptAsWrittenInsideWithOneKindOfLineBreak() {
        assertEquals("I teach physics.\n\nAt school <b>since</b> 2010.",
                InstructorRequests.motivationOf("  I teach physics.\r\n\r\nAt school <b>since</b> 2010.\r\n "));
        assertEquals("one\ntwo", InstructorRequests.motivationOf("one\rtwo"));
    }
}
