package org.educa.business;

/**
 * Something a request named does not exist, or exists but is not the caller's to see: both are answered with the
 * same 404 page so that nobody learns what they may not see.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what, null, false, false);
    }
}
