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

    /** A response: status, headers (lower-case names, values joined) and the body as text. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /**
     * @param target the path within the application and its query, sent as it is
     * @param cookie a {@code Cookie} header value, or null
     * @param body   a form body (sent as application/x-www-form-urlencoded), or null
     */
    public Response send(String method, String target, String cookie, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (cookie != null) {
            headers.put("Cookie", List.of(cookie));
        }
        if (body != null) {
            headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
        }
        byte[] content = body == null && ("GET".equals(method) || "HEAD".equals(method)) ? null
                : (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create(base.getScheme() + "://127.0.0.1:" + base.getPort()
                + base.getRawPath().replaceAll("/+$", "") + target);
        try {
            SocketHttp.Response response = SocketHttp.exchange(InetAddress.getLoopbackAddress(), method, uri, headers,
                    content, Duration.ofSeconds(60));
            Map<String, String> joined = new LinkedHashMap<>();
            response.headers().forEach((name, values) -> joined.put(name, String.join(", ", values)));
            return new Response(response.status(), joined, new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }
}
