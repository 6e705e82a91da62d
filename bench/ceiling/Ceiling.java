package bench;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The stack's own ceiling, for bench/run: the least a servlet on Payara Micro can do to answer a page, writing bytes
 * it holds in memory. Serves every file of the directory named by the environment variable CEILING_DIR (read once, at
 * the first request) at /NAME, as Educa's page cache writes a hit: content type, length, bytes. Whatever Educa does
 * beyond this on a cache hit (filters, security, the look-ups) is what separates its figure from this one.
 */
@WebServlet(urlPatterns = "/*", loadOnStartup = 1)
public class Ceiling extends HttpServlet {

    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    @Override
    public void init() throws ServletException {
        try (Stream<Path> files = Files.list(Path.of(System.getenv("CEILING_DIR")))) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    pages.put("/" + file.getFileName(), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new ServletException("CEILING_DIR must name a readable directory", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] page = pages.get(request.getPathInfo() == null ? "/" : request.getPathInfo());
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
