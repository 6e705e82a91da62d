package org.educa.config.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public URL of Educa and the Faces view behind it: {@code /course/{slug}/} shows {@code /catalog/course.xhtml}
 * with the request parameter {@code slug}.
 *
 * @param pattern    the path, with one group per parameter
 * @param view       the Faces view that renders it
 * @param access     who may open it
 * @param parameters names of the request parameters the groups become
 */
public record Route(Pattern pattern, String view, Access access, List<String> parameters) {

    public static Route of(String path, String view, Access access, String... parameters) {
        return new Route(Pattern.compile(path), view, access, List.of(parameters));
    }

    /** The view with this path's parameters as its query string, if the path is this route's. */
    Optional<String> target(String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        StringJoiner query = new StringJoiner("&", view + "?", "").setEmptyValue(view);
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                query.add(parameters.get(group - 1) + "=" + URLEncoder.encode(matcher.group(group), StandardCharsets.UTF_8));
            }
        }
        return Optional.of(query.toString());
    }
}
