package org.educa.business.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of links that are mailed (password reset, address confirmation): 32 random bytes in URL-safe Base64,
 * of which only the SHA-256 hash is stored, so that a copy of the database holds no working link.
 */
public final class Tokens {

    /** What a token looks like: 32 bytes in URL-safe Base64, without padding. */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a token at all (anything else is refused before any look-up). */
    public static boolean looksLikeToken(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** The stored form of a token: its SHA-256 hash, in hexadecimal. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
