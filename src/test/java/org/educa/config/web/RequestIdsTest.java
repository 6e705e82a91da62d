package org.educa.config.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** Request ids: taken from a proxy only when sane, and written into each line in the log's own format. */
class RequestIdsTest {

    @Test
    void aSaneIncomingIdIsKept() {
        for (String id : List.of("abc", "0f8fad5b-d9cb-469f-a165-70867728950e", "Root=1-67891233-abcdef012345678912345678",
                "a".repeat(128), "req_1.2:3+4/5=")) {
            assertEquals(id, RequestIds.of(id));
        }
    }

    @Test
    void anythingElseGetsAnIdMadeHere() {
        for (String id : List.of("", "two words", "line\nbreak", "quote\"", "back\\slash", "<script>", "a".repeat(129),
                "ñ", "tab\t")) {
            String made = RequestIds.of(id);
            assertNotEquals(id, made);
            assertTrue(made.matches("[0-9a-f]{32}"), made);
        }
        assertTrue(RequestIds.of(null).matches("[0-9a-f]{32}"));
        assertNotEquals(RequestIds.of(null), RequestIds.of(null), "each request its own");
    }

    @Test
    void aJsonLineGetsAFieldOfItsOwn() {
        assertEquals("{\"Level\":\"INFO\",\"LogMessage\":\"hi\",\"RequestId\":\"r-1\"}\n",
                RequestIdFormatter.withId("{\"Level\":\"INFO\",\"LogMessage\":\"hi\"}\n", "r-1"));
        assertEquals("{\"RequestId\":\"r-1\"}", RequestIdFormatter.withId("{}", "r-1"));
    }

    @Test
    void aTextLineGetsTheIdBeforeItsMessage() {
        assertEquals("[2026-12-06T12:00:00.000+0000] [] [INFO] [] [x] [tid: _ThreadID=1] [timeMillis: 1] "
                + "[levelValue: 800] [requestId: r-1] [[\n  two\n  lines]]\n\n",
                RequestIdFormatter.withId("[2026-12-06T12:00:00.000+0000] [] [INFO] [] [x] [tid: _ThreadID=1] "
                        + "[timeMillis: 1] [levelValue: 800] [[\n  two\n  lines]]\n\n", "r-1"));
        assertEquals("[2026-12-06T12:00:00.000+0000] [] [WARNING] [] [x] [levelValue: 900] [requestId: r-1] one\n",
                RequestIdFormatter.withId("[2026-12-06T12:00:00.000+0000] [] [WARNING] [] [x] [levelValue: 900] one\n",
                        "r-1"));
        assertEquals("[requestId: r-1] plain line\n", RequestIdFormatter.withId("plain line\n", "r-1"));
    }

    @Test
    void theFormatterAddsTheIdOnlyWhileARequestRuns() {
        String[] current = {null};
        RequestIdFormatter formatter = new RequestIdFormatter(new SimpleFormatter(), () -> current[0]);
        LogRecord record = new LogRecord(Level.INFO, "hello");
        String outside = formatter.format(record);
        assertEquals(new SimpleFormatter().format(record), outside);
        current[0] = "r-2";
        assertTrue(formatter.format(record).startsWith("[requestId: r-2] "), formatter.format(record));
    }

    @Test
    void statusClasses() {
        assertEquals("2xx", RequestMetrics.statusClass(200));
        assertEquals("3xx", RequestMetrics.statusClass(302));
        assertEquals("4xx", RequestMetrics.statusClass(404));
        assertEquals("5xx", RequestMetrics.statusClass(503));
        assertEquals("other", RequestMetrics.statusClass(0));
    }
}
