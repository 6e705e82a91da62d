import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the page cache's capture of a page costs, written as Faces writes it (a few thousand pieces, many of one
 * character): through an encoding writer into bytes (CapturingResponse until 2026-12-07) against into characters
 * encoded once (since). Outside the server, so only the difference between the two counts.
 *     java bench/micro/CaptureWriter.java
 */
public class CaptureWriter {

    private static final String[] PIECES = pieces();

    private static String[] pieces() {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            pieces.addAll(List.of("<", "span", " class=\"", "course-meta", "\"", ">", "Some text é " + i, "</span>"));
        }
        return pieces.toArray(new String[0]);
    }

    static byte[] throughEncoder() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        for (String piece : PIECES) {
            if (piece.length() == 1) {
                writer.write(piece.charAt(0));
            } else {
                writer.write(piece);
            }
        }
        writer.flush();
        return bytes.toByteArray();
    }

    static byte[] encodedOnce() {
        StringBuilder text = new StringBuilder(16 * 1024);
        for (String piece : PIECES) {
            if (piece.length() == 1) {
                text.append(piece.charAt(0));
            } else {
                text.append(piece);
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] arguments) throws IOException {
        int pages = 20_000;
        long sink = 0;
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < pages; i++) {
                sink += throughEncoder().length;
            }
            long middle = System.nanoTime();
            for (int i = 0; i < pages; i++) {
                sink += encodedOnce().length;
            }
            long end = System.nanoTime();
            System.out.printf("round %d: through the encoder %.1f us a page, encoded once %.1f us (%d bytes)%n", round,
                    (middle - start) / 1e3 / pages, (end - middle) / 1e3 / pages, encodedOnce().length);
        }
        System.out.println(sink > 0 ? "" : "?");
    }
}
