package org.educa.view.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a {@code Range} header is read for a file of 1,000 bytes: a part, the whole file (ignored), or a 416. */
class ByteRangeTest {

    @Test
    void oneRangeIsThatPart() {
        assertEquals(Optional.of(new ByteRange(0, 99, true)), ByteRange.parse("bytes=0-99", 1000));
        assertEquals(Optional.of(new ByteRange(500, 999, true)), ByteRange.parse("bytes=500-", 1000));
        assertEquals(Optional.of(new ByteRange(900, 999, true)), ByteRange.parse("bytes=-100", 1000), "the last 100");
        assertEquals(Optional.of(new ByteRange(0, 999, true)), ByteRange.parse("bytes=-5000", 1000));
        assertEquals(Optional.of(new ByteRange(990, 999, true)), ByteRange.parse("bytes=990-5000", 1000));
        assertEquals(100, ByteRange.parse("bytes=0-99", 1000).orElseThrow().length());
        assertEquals("bytes 0-99/1000", ByteRange.parse("bytes=0-99", 1000).orElseThrow().contentRange(1000));
    }

    @Test
    void whatEducaDoesNotAnswerWithAPartIsTheWholeFile() {
        ByteRange whole = new ByteRange(0, 999, false);
        assertEquals(Optional.of(whole), ByteRange.parse("bytes=0-9,20-29", 1000), "several ranges");
        assertEquals(Optional.of(whole), ByteRange.parse("items=0-9", 1000), "another unit");
        assertEquals(Optional.of(whole), ByteRange.parse("bytes=9-0", 1000), "backwards");
        assertEquals(Optional.of(whole), ByteRange.parse("bytes=-", 1000));
        assertEquals(Optional.of(whole), ByteRange.parse("bytes=abc", 1000));
    }

    @Test
    void aRangePastTheEndCannotBeSatisfied() {
        assertEquals(Optional.empty(), ByteRange.parse("bytes=1000-", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=2000-3000", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=-0", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=0-", 0), "nothing of an empty file");
    }
}
