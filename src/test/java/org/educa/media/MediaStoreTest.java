package org.educa.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.educa.business.media.LocalMediaStore;
import org.educa.business.media.MediaObject;
import org.educa.business.media.MediaSettings;
import org.educa.business.media.MediaStorage;
import org.educa.business.media.MediaStore;
import org.educa.testing.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link MediaStore} does, checked on both: the media directory and a bucket of a real S3-compatible server
 * (S3Proxy, started by the test on 127.0.0.1, checking AWS signatures): a file put is read back whole and by ranges as
 * a stream, a temporary key is no file, a move publishes, a delete removes, and the settings choose the store.
 */
class MediaStoreTest {

    static S3Server s3;
    static MediaStore bucket;
    @TempDir
    static Path temporary;
    static MediaStore directory;
    static final byte[] BYTES = new byte[300_000];

    @BeforeAll
    static void start() throws Exception {
        new Random(16).nextBytes(BYTES);
        s3 = S3Server.start();
        bucket = s3.bucket("media-store-test");
        directory = new LocalMediaStore(temporary.resolve("media"));
    }

    @AfterAll
    static void stop() {
        if (bucket != null) {
            bucket.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("local", directory), Arguments.of("s3", bucket));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aFileIsStagedPublishedReadByRangesAndDeleted(String kind, MediaStore store) throws Exception {
        String name = kind.equals("local") ? "0123456789abcdef0123456789abcdef.bin" : "fedcba9876543210fedcba9876543210.bin";
        String staged = MediaStorage.TEMPORARY + name;
        Path file = Files.write(temporary.resolve(kind + ".upload"), BYTES);
        Instant before = Instant.now().minusSeconds(2);

        store.put(staged, file);
        assertEquals(Optional.empty(), store.stat(name), "staged: not under its name yet");
        assertFalse(store.list().contains(name));
        assertEquals(BYTES.length, store.stat(staged).orElseThrow().size());

        store.move(staged, name);
        store.move(staged, name); // publishing twice is no error
        MediaObject published = store.stat(name).orElseThrow();
        assertEquals(Optional.empty(), store.stat(staged), "the temporary key is gone");
        assertEquals(BYTES.length, published.size());
        assertTrue(published.lastModified().isAfter(before)
                && published.lastModified().isBefore(Instant.now().plus(Duration.ofMinutes(1))));
        assertTrue(store.list().contains(name), "listed under its name");
        assertFalse(store.list().stream().anyMatch(key -> key.contains("/")), "no temporary key is listed");

        try (InputStream whole = store.open(name, 0, BYTES.length)) {
            assertArrayEquals(BYTES, whole.readAllBytes());
        }
        try (InputStream middle = store.open(name, 1000, 5000)) {
            assertArrayEquals(Arrays.copyOfRange(BYTES, 1000, 6000), middle.readAllBytes());
        }
        try (InputStream end = store.open(name, BYTES.length - 10, 10)) {
            assertArrayEquals(Arrays.copyOfRange(BYTES, BYTES.length - 10, BYTES.length), end.readAllBytes());
        }

        store.delete(name);
        store.delete(name); // deleting what is gone is no error
        assertEquals(Optional.empty(), store.stat(name));
        assertThrows(RuntimeException.class, () -> store.move(staged, name), "nothing to publish");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aFileIsReplacedWholeUnderItsKey(String kind, MediaStore store) throws Exception {
        String name = "11111111111111111111111111111111.txt";
        store.put(name, Files.writeString(temporary.resolve(kind + "-a.txt"), "first"));
        store.put(name, Files.writeString(temporary.resolve(kind + "-b.txt"), "second version"));
        try (InputStream in = store.open(name, 0, store.stat(name).orElseThrow().size())) {
            assertEquals("second version", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        store.delete(name);
    }

    @Test
    void theLocalStoreKeepsEveryKeyInsideItsDirectory() {
        assertThrows(IllegalArgumentException.class, () -> directory.stat("../outside.txt"));
        assertThrows(IllegalArgumentException.class, () -> directory.delete("../../etc/passwd"));
    }

    @Test
    void theSettingsChooseTheStoreAndRefuseWhatCannotWork() {
        MediaStore local = MediaSettings.read(name -> name.equals("educa.media.dir")
                ? Optional.of(temporary.resolve("chosen").toString()) : Optional.empty()).open();
        assertTrue(local instanceof LocalMediaStore, "local by default");
        assertTrue(Files.isDirectory(temporary.resolve("chosen")));

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> MediaSettings.read(name -> name.equals("educa.media.store") ? Optional.of("ftp")
                        : Optional.empty()).open());
        assertTrue(unknown.getMessage().contains("EDUCA_MEDIA_STORE"), unknown.getMessage());
        IllegalArgumentException noBucket = assertThrows(IllegalArgumentException.class,
                () -> MediaSettings.read(name -> name.equals("educa.media.store") ? Optional.of("S3")
                        : Optional.empty()).open());
        assertTrue(noBucket.getMessage().contains("EDUCA_S3_BUCKET"), noBucket.getMessage());

        MediaSettings s3Settings = MediaSettings.read(name -> Optional.ofNullable(switch (name) {
            case "educa.media.store" -> "s3";
            case "educa.s3.endpoint" -> s3.endpoint().toString();
            case "educa.s3.bucket" -> "media-store-test";
            case "educa.s3.region" -> "";
            default -> null;
        }));
        assertEquals("us-east-1", s3Settings.region(), "a blank region is the default one");
        assertTrue(s3Settings.pathStyle());
        try (MediaStore chosen = s3Settings.open()) {
            assertTrue(chosen.describe().contains("media-store-test"), chosen.describe());
            assertEquals(List.of(), chosen.list().stream().filter(key -> key.startsWith("2")).toList());
        }
    }
}
