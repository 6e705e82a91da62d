package org.educa.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A person's browser, reduced to HTTP: keeps cookies, does not follow redirects on its own (tests look at them), and
 * can fill in and submit Faces forms (it copies the view state and the form's hidden fields).
 */
public class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private final Duration timeout;

    /** Headers sent with every request, as a browser sends its languages. */
    private final Map<String, String> always = new LinkedHashMap<>();

    /** The local address requests come from, or null for the HTTP client's choice (127.0.0.1). */
    private final InetAddress from;

    public WebClient(URI base) {
        this(base, Duration.ofSeconds(60));
    }

    /**
     * Coming from another loopback address, such as 127.0.0.2, as another computer would: the server sees it as the
     * request's remote address. Plain HTTP only.
     */
    public WebClient(URI base, InetAddress from) {
        this(base, Duration.ofSeconds(60), null, from);
    }

    /** With a longer wait for each response, for tests that load the server on purpose (races). */
    public WebClient(URI base, Duration timeout) {
        this(base, timeout, null, null);
    }

    /** Over HTTPS ({@code base} starts with {@code https:}), trusting the server as {@code tls} decides. */
    public WebClient(URI base, SSLContext tls) {
        this(base, Duration.ofSeconds(60), tls, null);
    }

    private WebClient(URI base, Duration timeout, SSLContext tls, InetAddress from) {
        this.timeout = timeout;
        this.from = from;
        this.base = Deployments.onLoopback(toUrl(base));
        // HTTP/1.1 as browsers speak it over plain HTTP: the client's default h2c upgrade of a POST lost
        // connections ("EOF reached while reading") under parallel load on Payara Micro.
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends {@code Accept-Language: languages} with every request from now on, as a browser set to them does. */
    public WebClient speaking(String languages) {
        always.put("Accept-Language", languages);
        return this;
    }

    /** {@code path} without a leading slash, relative to the application's root. */
    public Page get(String path) {
        return send("GET", resolve(path), Map.of(), null);
    }

    /** With these headers besides the ones sent always, such as {@code If-None-Match}. */
    public Page get(String path, Map<String, String> headers) {
        return send("GET", resolve(path), headers, null);
    }

    /** Follows redirects like a browser would, up to five (Educa's locations are paths on the site). */
    public Page open(String path) {
        Page page = get(path);
        URI at = resolve(path);
        for (int i = 0; i < 5 && page.isRedirect(); i++) {
            at = at.resolve(page.location());
            page = send("GET", at, Map.of(), null);
        }
        return page;
    }

    public Page post(String path, Map<String, String> fields) {
        return send("POST", resolve(path), Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form(fields).getBytes(StandardCharsets.UTF_8));
    }

    /** Posts the fields as Faces' JavaScript sends a partial (AJAX) request: with {@code Faces-Request: partial/ajax}. */
    public Page ajax(String path, Map<String, String> fields) {
        return post(path, "application/x-www-form-urlencoded", form(fields).getBytes(StandardCharsets.UTF_8),
                Map.of("Faces-Request", "partial/ajax"));
    }

    /** Posts a body of any type, such as a multipart upload, with extra headers. */
    public Page post(String path, String contentType, byte[] body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", contentType);
        return send("POST", resolve(path), all, body);
    }

    /**
     * Submits the Faces form {@code formId} of {@code page} (which came from {@code path}) with these field values
     * (names without the form prefix) and the given button.
     */
    public Page submit(Page page, String path, String formId, Map<String, String> fields, String button) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        fields.forEach((name, value) -> all.put(formId + ":" + name, value));
        all.put(formId + ":" + button, "");
        page.viewState().ifPresent(state -> all.put("jakarta.faces.ViewState", state));
        return post(path, all);
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public void setSessionId(String value) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** The value of a cookie this client holds, if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** The {@code Cookie} header this client would send (null without cookies), for requests made by other means. */
    public String cookieHeader() {
        String header = cookies.getCookieStore().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? null : header;
    }

    /** Adds a cookie for the application's host, next to the ones this client holds. */
    public void addCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /**
     * What PrimeFaces' upload widget of the content form ({@code /course/module/{id}/content/{kind}/...}) sends: the
     * form's fields and one file, as a partial (AJAX) request.
     */
    public Page uploadToContentForm(String path, Page form, String fileName, byte[] bytes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("content", "content");
        fields.put("jakarta.faces.ViewState", form.viewState().orElseThrow());
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "content:upload");
        fields.put("jakarta.faces.partial.execute", "content:upload");
        fields.put("jakarta.faces.partial.render", "content:messages content:uploadMessage content:file");
        fields.put("content:upload_totalFilesCount", "1");
        return postMultipart(path, fields, "content:upload", fileName, bytes, Map.of("Faces-Request", "partial/ajax"));
    }

    /**
     * Sends a form of the page as a browser does a plain (not AJAX) multipart form: its id, view state and button, and
     * one file in the field named (none chosen: an empty name and no bytes).
     */
    public Page uploadWithForm(String path, Page form, String formId, String button, String fileField,
            String fileName, byte[] bytes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put(formId + ":" + button, "");
        fields.put("jakarta.faces.ViewState", form.viewState().orElseThrow());
        return postMultipart(path, fields, formId + ":" + fileField, fileName, bytes, Map.of());
    }

    private Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] bytes, Map<String, String> headers) {
        String boundary = "----educa" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), headers);
    }

    /** Signs in through the sign-in page; returns the response to the form (a redirect when it worked). */
    public Page signIn(String username, String password) {
        Page form = get("accounts/login/");
        return submit(form, "accounts/login/", "login", Map.of("username", username, "password", password), "submit");
    }

    /** SQL statements the server has run so far (needs educa.diagnostics.enabled). */
    public long statements() {
        return Long.parseLong(get("diagnostics/sql").body().trim());
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Page send(String method, URI uri, Map<String, String> given, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(always);
        headers.putAll(given);
        try {
            if (from != null) {
                return overSocket(method, uri, headers, body);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return page(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same exchange from {@link #from}, with this client's cookies sent and kept as the HTTP client would. */
    private Page overSocket(String method, URI uri, Map<String, String> headers, byte[] body) throws IOException {
        Map<String, List<String>> all = new LinkedHashMap<>();
        headers.forEach((name, value) -> all.put(name, List.of(value)));
        cookies.get(uri, Map.of()).forEach((name, values) -> {
            if (!values.isEmpty()) {
                all.put(name, List.of(String.join("; ", values)));
            }
        });
        SocketHttp.Response response = SocketHttp.exchange(from, method, uri, all, body, timeout);
        cookies.put(uri, response.headers());
        return page(response.status(), new String(response.body(), StandardCharsets.UTF_8), response.headers());
    }

    private static Page page(int status, String body, Map<String, List<String>> headers) {
        return new Page(status, body, headers.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.join(", ", e.getValue()),
                        (a, b) -> a + ", " + b)));
    }

    /** The fields as an application/x-www-form-urlencoded body, in their order. */
    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A response as the tests look at it. */
    public record Page(int status, String body, Map<String, String> headers) {

        public boolean isRedirect() {
            return status >= 300 && status < 400;
        }

        public String location() {
            return headers.getOrDefault("location", "");
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public Optional<String> viewState() {
            Matcher matcher = VIEW_STATE.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        public String csrf() {
            Matcher matcher = CSRF.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No CSRF token in the page:\n" + body);
            }
            return matcher.group(1);
        }

        public boolean contains(String text) {
            return body.contains(text);
        }

        /** Whether the page shows a Java stack trace or exception report. */
        public boolean showsStackTrace() {
            return body.contains("Caused by") || body.matches("(?s).*\\bat [a-z]+(\\.[\\w$]+)+\\(.*")
                    || body.contains("Error report") || body.contains("jakarta.servlet.ServletException");
        }
    }
}
