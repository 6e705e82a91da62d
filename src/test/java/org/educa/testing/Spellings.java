package org.educa.testing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every way of spelling a path that names the same thing to the container, or something else to a filter that reads
 * the raw URI: the roads around an access check. Each spells a page's path (and, for some, its view file) as an
 * attacker would. Add to this list whenever a new road is found; {@code AccessMatrixIT} sends every route by each.
 */
public final class Spellings {

    /** What a spelling may use: the path, the view file behind it (null for servlets) and the caller's session id. */
    public record Target(String path, String view, String sessionId) {
    }

    /** One way of spelling a target; empty when it does not apply (no view, no session, same as the plain path). */
    public record Spelling(String name, boolean sendsCookie, java.util.function.Function<Target, String> spell) {

        public Optional<String> of(Target target) {
            String spelled;
            try {
                spelled = spell.apply(target);
            } catch (NullPointerException | IndexOutOfBoundsException notApplicable) {
                return Optional.empty();
            }
            return spelled == null || spelled.equals(target.path()) ? Optional.empty() : Optional.of(spelled);
        }
    }

    public static final Spelling PLAIN = new Spelling("plain", true, Target::path);

    /** Every other spelling: none of them may ever answer with a page. */
    public static final List<Spelling> OTHERS = List.of(
            spelling("path parameter at the end", t -> t.path() + ";x"),
            spelling("path parameter in a segment", t -> inFirstSegment(t.path(), ";x")),
            new Spelling("session id in the path, no cookie", false,
                    t -> t.sessionId() == null ? null : t.path() + ";jsessionid=" + t.sessionId()),
            new Spelling("session id in a segment, no cookie", false,
                    t -> t.sessionId() == null ? null : inFirstSegment(t.path(), ";jsessionid=" + t.sessionId())),
            spelling("%2e dot segment", t -> "/%2e" + t.path()),
            spelling("%2E dot segment", t -> "/%2E" + t.path()),
            spelling("%2e%2e after a made-up segment", t -> "/x/%2e%2e" + t.path()),
            spelling("percent-encoded letter", t -> encodeFirstLetter(t.path(), "%%%02x")),
            spelling("percent-encoded letter, upper-case hex", t -> encodeFirstLetter(t.path(), "%%%02X")),
            spelling("/./ segment", t -> "/." + t.path()),
            spelling("/. at the end", t -> t.path() + (t.path().endsWith("/") ? "." : "/.")),
            spelling("doubled slash at the start", t -> "/" + t.path()),
            spelling("doubled slash inside", t -> t.path().replaceFirst("^(/[^/]+)/", "$1//")),
            spelling("encoded slash", t -> t.path().replaceFirst("^(/[^/]+)/", "$1%2F")),
            spelling("encoded backslash", t -> t.path().replaceFirst("^(/[^/]+)/", "$1%5C")),
            spelling(".. after the resources prefix", t -> "/jakarta.faces.resource/.." + t.path()),
            spelling("%2e%2e after the resources prefix", t -> "/jakarta.faces.resource/%2e%2e" + t.path()),
            spelling(".. after the media prefix", t -> "/media/.." + t.path()),
            spelling(".. after the uploads prefix", t -> "/course/module/1/../../.." + t.path()),
            spelling(".. after a route's prefix", t -> "/admin/.." + t.path()),
            spelling("upper case", t -> t.path().toUpperCase(Locale.ROOT)),
            spelling("trailing dot", t -> t.path() + "."),
            spelling("view file", Target::view),
            spelling("view file with a path parameter", t -> t.view() + ";x"),
            spelling("view file with a query", t -> t.view() + "?x=1"),
            spelling("view file, %2e before its extension", t -> t.view().replace(".xhtml", "%2exhtml")),
            spelling("view file, percent-encoded letter", t -> encodeFirstLetter(t.view(), "%%%02x")),
            spelling("view file, upper case", t -> t.view().toUpperCase(Locale.ROOT)),
            spelling("view file, trailing dot", t -> t.view() + "."),
            spelling("view file under the resources prefix", t -> "/jakarta.faces.resource/.." + t.view()),
            spelling("view file as a resource", t -> "/jakarta.faces.resource" + t.view()));

    private Spellings() {
    }

    private static Spelling spelling(String name, java.util.function.Function<Target, String> spell) {
        return new Spelling(name, true, spell);
    }

    /** {@code /admin/users/} with {@code ;x} gives {@code /admin;x/users/}. */
    private static String inFirstSegment(String path, String insert) {
        int slash = path.indexOf('/', 1);
        return slash < 0 ? path + insert : path.substring(0, slash) + insert + path.substring(slash);
    }

    private static String encodeFirstLetter(String path, String format) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return path.substring(0, i) + String.format(format, (int) c) + path.substring(i + 1);
            }
        }
        return null;
    }
}
