package org.educa.view;

import org.educa.business.NotFoundException;

/**
 * What the backing beans of the busiest pages read from the URL: a page number, an id. Those beans read their
 * parameters with {@code Faces.getRequestParameter} in their {@code @PostConstruct} rather than have OmniFaces'
 * {@code @Param} inject them: each {@code @Param} finds the bean manager by walking the stack ({@code CDI.current()})
 * and runs Bean Validation on the value, some 8 % of an uncached catalog page for its four parameters.
 */
public final class Pages {

    private Pages() {
    }

    /** A page number from the URL: absent means 1; anything but a plain positive number is a 404. */
    public static int pageNumber(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return 1;
        }
        if (!parameter.matches("[0-9]{1,6}")) {
            throw new NotFoundException("page " + parameter);
        }
        return Integer.parseInt(parameter);
    }

    /**
     * An id from the URL, or null when there is none or it is not a plain number that fits a long (as {@code @Param}
     * converted it). The router's placeholders take only digits, and a query string cannot set them
     * ({@code RoutedRequest}), so the null is for a missing id.
     */
    public static Long id(String parameter) {
        return parameter != null && parameter.matches("[0-9]{1,18}") ? Long.valueOf(parameter) : null;
    }
}
