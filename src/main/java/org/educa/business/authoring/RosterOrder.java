package org.educa.business.authoring;

import java.util.Locale;
import java.util.Optional;

/**
 * How a roster can be sorted, each with the JPQL it orders by. The roster's page query is the one query that is not
 * named: it ends with one of these clauses, chosen by the enum and never from the request's text, so a sort field
 * the page sends that is not one of these cannot reach the query. Every order ends with the username, then the id,
 * so that pages never share or skip a row when many rows tie.
 */
public enum RosterOrder {
    USERNAME("u.usernameKey"),
    NAME("LOWER(u.lastName)", "LOWER(u.firstName)"),
    PROGRESS(RosterOrder.DONE),
    ENROLLED("e.created"),
    LAST_ACTIVITY("COALESCE(e.lastActivity, e.created)");

    /** The student's completions in the course: selected, and sorted by (EclipseLink orders by subqueries). */
    static final String DONE = "(SELECT COUNT(mc) FROM ModuleCompletion mc WHERE mc.student = e.student"
            + " AND mc.course = e.course)";

    private final String[] expressions;

    RosterOrder(String... expressions) {
        this.expressions = expressions;
    }

    /** The ORDER BY clause, ascending or descending, with the tie breakers (always ascending). */
    String clause(boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        StringBuilder clause = new StringBuilder(" ORDER BY ");
        for (String expression : expressions) {
            clause.append(expression).append(direction).append(", ");
        }
        return clause.append("u.usernameKey ASC, u.id ASC").toString();
    }

    /** The order of a column's name as the page calls it ({@code lastActivity}), if it is one. */
    public static Optional<RosterOrder> ofField(String field) {
        if (field == null) {
            return Optional.empty();
        }
        String constant = field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        for (RosterOrder order : values()) {
            if (order.name().equals(constant)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
