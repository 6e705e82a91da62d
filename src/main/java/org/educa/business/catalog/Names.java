package org.educa.business.catalog;

/** How people are named on pages: first and last name when known, else the username. */
public final class Names {

    private Names() {
    }

    public static String full(String firstName, String lastName, String username) {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return full.isEmpty() ? username : full;
    }
}
