package org.educa.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educa.business.media.MediaStore;
import org.educa.config.media.CopyMediaToBucket;
import org.educa.testing.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-shot command that copies a media directory into a bucket ({@code server-config/copy-media-to-bucket}),
 * against a real S3-compatible server: Educa's files are copied with their bytes, temporary files and foreign files
 * are not, a second run copies nothing, a file uploaded between two runs is copied by the next, a file the bucket holds
 * truncated is copied again, and the directory is left as it was.
 */
class CopyMediaToBucketTest {

    static S3Server s3;
    static MediaStore bucket;

    @TempDir
    Path media;

    @BeforeAll
    static void start() throws Exception {
        s3 = S3Server.start();
        bucket = s3.bucket("copy-test");
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

    @Test
    void copiesEducasFilesOnceAndCanBeRunAgain() throws Exception {
        Path sheet = Files.writeString(media.resolve("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.txt"), "exercise sheet");
        Path image = Files.write(media.resolve("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.png"), new byte[] {1, 2, 3, 4, 5});
        Files.writeString(media.resolve(".upload-123.part"), "half an upload");
        Files.writeString(media.resolve("notes.txt"), "not a name Educa makes");
        Files.createDirectories(media.resolve("uploading"));
        Files.writeString(media.resolve("uploading/cccccccccccccccccccccccccccccccc.txt"), "staged, never published");

        String first = run();
        assertTrue(first.contains("2 copied, 0 already there, 1 not Educa's"), first);
        assertEquals(List.of("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.txt", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.png"), bucket.list());
        assertArrayEquals(Files.readAllBytes(sheet), read("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.txt"));
        assertArrayEquals(Files.readAllBytes(image), read("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.png"));

        String again = run();
        assertTrue(again.contains("0 copied, 2 already there"), again);

        Files.writeString(media.resolve("dddddddddddddddddddddddddddddddd.pdf"), "uploaded between the runs");
        bucket.put("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.txt", Files.writeString(media.resolve(".cut"), "exer"));
        String third = run();
        assertTrue(third.contains("2 copied, 1 already there"), third);
        assertEquals("exercise sheet", new String(read("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.txt"), StandardCharsets.UTF_8),
                "a truncated copy is replaced");
        assertEquals("uploaded between the runs",
                new String(read("dddddddddddddddddddddddddddddddd.pdf"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(sheet) && Files.exists(image) && Files.exists(media.resolve("notes.txt")),
                "the directory is unchanged");
    }

    @Test
    void saysWhatIsMissingAndWhatFailed() throws Exception {
        Files.writeString(media.resolve("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.txt"), "to copy");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, CopyMediaToBucket.run(setting(Map.of("educa.media.dir", media.toString())),
                new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("EDUCA_S3_BUCKET"));

        out.reset();
        assertEquals(3, CopyMediaToBucket.run(setting(Map.of("educa.media.dir", media.toString(),
                "educa.s3.endpoint", s3.endpoint().toString(), "educa.s3.bucket", "no-such-bucket")),
                new PrintStream(out, true, StandardCharsets.UTF_8)), "no such bucket");
    }

    private String run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CopyMediaToBucket.run(setting(Map.of("educa.media.dir", media.toString(),
                "educa.s3.endpoint", s3.endpoint().toString(), "educa.s3.bucket", "copy-test")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        return printed;
    }

    private static java.util.function.Function<String, Optional<String>> setting(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    private static byte[] read(String name) throws Exception {
        try (InputStream in = bucket.open(name, 0, bucket.stat(name).orElseThrow().size())) {
            return in.readAllBytes();
        }
    }
}
