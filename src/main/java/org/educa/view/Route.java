package org.educa.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A public URL of Educa and the Faces view behind it: the route {@code course.overview}, {@code /course/{slug}/},
 * shows {@code /catalog/course.xhtml} with the path parameter {@code slug}. A template's placeholders are the names of {@link #PARAMETERS}; each takes
 * only the characters its kind allows, so a matched value is already safe to use.
 *
 * @param name       how links and redirects name it ({@link Routes#path})
 * @param template   the path with its placeholders, such as {@code /course/{id}/edit/}
 * @param view       the Faces view that renders it
 * @param access     who may open it
 * @param pattern    the template as a regular expression, one group per placeholder
 * @param parameters the placeholders' names, in the order of the groups
 */
public record Route(String name, String template, String view, Access access, Pattern pattern, List<String> parameters) {

    private static final String ID = "\\d{1,18}";
    private static final String SLUG = "[a-z0-9][a-z0-9-]{0,199}";

    /** Every placeholder a route may have, with what it matches. Requests carry these from the path only. */
    public static final Map<String, String> PARAMETERS = Map.of(
            "id", ID, "module", ID, "item", ID, "slug", SLUG, "subject", SLUG, "kind", "[a-z]{1,10}",
            "token", "[A-Za-z0-9_-]{43}");

    /** {@link #PARAMETERS} compiled once, for the links every page writes. */
    private static final Map<String, Pattern> VALID = PARAMETERS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Pattern.compile(entry.getValue())));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    public static Route of(String name, String template, String view, Access access) {
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int end = 0;
        while (placeholder.find()) {
            String parameter = placeholder.group(1);
            if (!PARAMETERS.containsKey(parameter)) {
                throw new IllegalArgumentException("Unknown placeholder {" + parameter + "} in " + template);
            }
            regex.append(Pattern.quote(template.substring(end, placeholder.start())))
                    .append('(').append(PARAMETERS.get(parameter)).append(')');
            names.add(parameter);
            end = placeholder.end();
        }
        regex.append(Pattern.quote(template.substring(end)));
        return new Route(name, template, view, access, Pattern.compile(regex.toString()), List.copyOf(names));
    }

    /** The path parameters, by name, if the path is this route's. */
    public Optional<Map<String, String>> match(String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            values.put(parameters.get(group - 1), matcher.group(group));
        }
        return Optional.of(Map.copyOf(values));
    }

    /** This route's path with the placeholders filled in, in their order ({@code /course/{id}/edit/} with 7). */
    public String path(Object... values) {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException(template + " takes " + parameters.size() + " values, not " + values.length);
        }
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put(parameters.get(i), String.valueOf(values[i]));
        }
        return path(named);
    }

    /** Whether the value is one the placeholder takes ({@link #PARAMETERS}): {@code accepts("slug", "x-1")}. */
    public static boolean accepts(String parameter, String value) {
        return value != null && VALID.get(parameter).matcher(value).matches();
    }

    /** This route's path with the placeholders filled in by name (for links and tests). */
    public String path(Map<String, String> values) {
        String path = template;
        for (String name : parameters) {
            String value = values.get(name);
            if (!accepts(name, value)) {
                throw new IllegalArgumentException("No valid {" + name + "} for " + template + ": " + value);
            }
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }
}
