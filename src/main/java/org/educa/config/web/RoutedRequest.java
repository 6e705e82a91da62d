package org.educa.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.educa.view.Route;

/**
 * A request as the view of its route sees it: the route's path parameters ({@link Route#PARAMETERS}: {@code id},
 * {@code module}, {@code slug} …) come from the path only. A query string or form body that sends one of those names
 * is not heard, so {@code POST /course/create/} with {@code id=7} in its body creates a course and edits none.
 */
final class RoutedRequest extends HttpServletRequestWrapper {

    private final Map<String, String> fromPath;

    RoutedRequest(HttpServletRequest request, Map<String, String> fromPath) {
        super(request);
        this.fromPath = fromPath;
    }

    @Override
    public String getParameter(String name) {
        return Route.PARAMETERS.containsKey(name) ? fromPath.get(name) : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        if (!Route.PARAMETERS.containsKey(name)) {
            return super.getParameterValues(name);
        }
        String value = fromPath.get(name);
        return value == null ? null : new String[] {value};
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
        parameters.keySet().removeAll(Route.PARAMETERS.keySet());
        fromPath.forEach((name, value) -> parameters.put(name, new String[] {value}));
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
