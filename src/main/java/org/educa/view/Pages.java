package org.educa.view;

import org.educa.business.NotFoundException;

/** The page number of a paged list, as the backing beans read it from the URL. */
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
}
