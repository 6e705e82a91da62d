package org.educa.config.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bytes a captured page is stored and sent as: what it wrote, in the response's encoding. */
class CapturingResponseTest {

    private static HttpServletResponse response(String encoding) {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getCharacterEncoding" -> encoding;
                    case "getStatus" -> 200;
                    default -> null;
                });
    }

    @Test
    void keepsWhatTheWriterWroteInTheResponsesEncoding() throws IOException {
        CapturingResponse capture = new CapturingResponse(response("UTF-8"));
        PrintWriter writer = capture.getWriter();
        writer.write("<p>Añadir — ");
        writer.write(new char[] {'x', '€', 'y'}, 1, 1);
        writer.write('!');
        writer.print(42);
        writer.write("</p> and more", 0, 4);
        writer.println();
        writer.printf("%s=%d", "n", 7);
        writer.append("…").flush();

        assertArrayEquals(("<p>Añadir — €!42</p>" + System.lineSeparator() + "n=7…").getBytes(StandardCharsets.UTF_8),
                capture.body());
    }

    @Test
    void encodesInTheEncodingTheWriterWasTakenIn() throws IOException {
        CapturingResponse capture = new CapturingResponse(response("ISO-8859-1"));
        capture.getWriter().write("Añadir");

        assertArrayEquals("Añadir".getBytes(StandardCharsets.ISO_8859_1), capture.body());
    }

    @Test
    void refusesTheStreamOnceTheWriterWasTakenAndTheOtherWayRound() throws IOException {
        CapturingResponse text = new CapturingResponse(response("UTF-8"));
        text.getWriter().write("a");
        assertThrows(IllegalStateException.class, text::getOutputStream);
        CapturingResponse binary = new CapturingResponse(response("UTF-8"));
        binary.getOutputStream().write(1);
        assertThrows(IllegalStateException.class, binary::getWriter);
    }

    @Test
    void keepsNothingWhenNothingWasWritten() {
        assertArrayEquals(new byte[0], new CapturingResponse(response("UTF-8")).body());
    }

    @Test
    void keepsWhatTheStreamWrote() throws IOException {
        CapturingResponse capture = new CapturingResponse(response("UTF-8"));
        capture.getOutputStream().write(new byte[] {1, 2, 3});
        capture.getOutputStream().write(4);

        assertArrayEquals(new byte[] {1, 2, 3, 4}, capture.body());
    }

    @Test
    void dropsWhatWasWrittenBeforeTheBufferWasReset() throws IOException {
        CapturingResponse capture = new CapturingResponse(response("UTF-8"));
        PrintWriter writer = capture.getWriter();
        writer.write("<p>half a page");
        capture.resetBuffer();
        writer.write("<p>the error page</p>");

        assertArrayEquals("<p>the error page</p>".getBytes(StandardCharsets.UTF_8), capture.body());
    }

    @Test
    void afterAResetTakesTheOtherWayOfWritingAndKeepsOnlyWhatCameAfter() throws IOException {
        CapturingResponse capture = new CapturingResponse(response("UTF-8"));
        capture.getWriter().write("<p>half a page");
        capture.reset();
        capture.getOutputStream().write(new byte[] {1, 2});

        assertArrayEquals(new byte[] {1, 2}, capture.body());
        assertThrows(IllegalStateException.class, capture::getWriter);
    }
}
