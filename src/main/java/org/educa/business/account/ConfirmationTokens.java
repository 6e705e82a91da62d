package org.educa.business.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The random tokens of links mailed to people: 32 bytes of {@link SecureRandom} (256 bits) in URL-safe Base64
 * without padding, 43 characters; the database keeps only their SHA-256, so that whoever reads it cannot use a link.
 */
public final class ConfirmationTokens {

    /** What a token looks like; anything else is not looked up at all. */
    public static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfirmationTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the form of a token (say nothing of whether one was issued). */
    public static boolean wellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    /** The SHA-256 of the token, in 64 lower-case hex digits, as stored. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
