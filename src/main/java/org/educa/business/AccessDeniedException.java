package org.educa.business;

/**
 * The caller may not do what a request asked: a role they do not hold, or a thing that is not theirs to change. The
 * services throw it whatever road the request took to reach them; pages answer it with the 403 page, and nothing has
 * changed. Where the thing must not even be known to exist, services throw {@link NotFoundException} instead.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String what) {
        super(what, null, false, false);
    }
}
