package org.educa.config.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A random secret of the HTTP session, sent with the plain HTML forms that change something (enroll, sign out).
 * Faces forms carry their view state instead.
 */
@Named
@SessionScoped
public class CsrfToken implements Serializable {

    public static final String PARAMETER = "csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;

    public CsrfToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String getToken() {
        return token;
    }

    public String getParameter() {
        return PARAMETER;
    }

    /** Whether the token a request sent is this session's, compared in constant time. */
    public boolean matches(String sent) {
        return sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
