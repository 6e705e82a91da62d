package org.educa.view;

import java.util.Optional;
import org.educa.business.NotFoundException;

/** Small rules shared by the backing beans for reading request parameters. */
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
     * An id from the URL; the routes only let digits through, this also refuses overflow. Beans take ids with
     * OmniFaces {@code @Param Long}; this and {@link #optionalId} stay until view/course does too.
     */
    public static long id(String parameter) {
        return optionalId(parameter).orElseThrow(() -> new NotFoundException("id " + parameter));
    }

    public static Optional<Long> optionalId(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return Optional.empty();
        }
        if (!parameter.matches("[0-9]{1,18}")) {
            throw new NotFoundException("id " + parameter);
        }
        return Optional.of(Long.parseLong(parameter));
    }
}
