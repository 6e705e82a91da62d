package org.educa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends requests with their targets exactly as written: no client normalises, encodes or rejects them, so the tests
 * can send the spellings an attacker would ({@code ;x}, {@code %2e}, {@code /./}, {@code //} …).
 */
public final class RawHttp {

    private final URI base;

    /** For the application at {@code base}: targets are paths within it, such as {@code /admin/;x}. */
    public RawHttp(URI base) {
        this.base = base;
    }

    /**
     * A response: status, headers (lower-case names, values joined), the body as text, and each header's values one by
     * one (for {@code Set-Cookie}).
     */
    public record Response(int status, Map<String, String> headers, String body, Map<String, List<String>> values) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        /** Every value of the header, in the order sent (empty if none). */
        public List<String> all(String name) {
            return values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    /**
     * @param target the path within the application and its query, sent as it is
     * @param cookie a {@code Cookie} header value, or null
     * @param body   a form body (sent as application/x-www-form-urlencoded), or null
     */
    public Response send(String method, String target, String cookie, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        return sendWith(method, target, headers, body);
    }

    /**
     * With these headers, as they are: a {@code Host} among them replaces the real one (as any client can send
     * {@code Host: evil.example}).
     *
     * @param body a form body (sent as application/x-www-form-urlencoded), or null
     */
    public Response sendWith(String method, String target, Map<String, String> headers, String body) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        headers.forEach((name, value) -> all.put(name, List.of(value)));
        if (body != null) {
            all.put("Content-Type", List.of("application/x-www-form-urlencoded"));
        }
        byte[] content = body == null && ("GET".equals(method) || "HEAD".equals(method)) ? null
                : (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
        try {
            SocketHttp.Response response = SocketHttp.exchange(InetAddress.getLoopbackAddress(), method, uri(target),
                    all, content, Duration.ofSeconds(60));
            Map<String, String> joined = new LinkedHashMap<>();
            response.headers().forEach((name, values) -> joined.put(name, String.join(", ", values)));
            return new Response(response.status(), joined, new String(response.body(), StandardCharsets.UTF_8),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    /**
     * Sends the head of a request announcing {@code announced} bytes of body, then only {@code sent}, and hangs up
     * half a second later without reading an answer: an upload cut off half-way.
     */
    public void sendCutOff(String method, String target, Map<String, String> headers, byte[] sent, long announced) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        headers.forEach((name, value) -> all.put(name, List.of(value)));
        try {
            SocketHttp.cutOff(InetAddress.getLoopbackAddress(), method, uri(target), all, sent, announced);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    private URI uri(String target) {
        return URI.create(base.getScheme() + "://127.0.0.1:" + base.getPort()
                + base.getRawPath().replaceAll("/+$", "") + target);
    }
}
