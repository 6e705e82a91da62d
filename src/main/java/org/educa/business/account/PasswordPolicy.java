package org.educa.business.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * The password rules of Django's four default validators: long enough, not too similar to the username, not a
 * common password, not entirely numeric; and not only spaces (which would pass all four when long enough). Each broken
 * rule is reported by its message key.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 4096;
    static final double MAX_SIMILARITY = 0.7;

    private static final Set<String> COMMON = load("common-passwords.txt.gz");

    private PasswordPolicy() {
    }

    /**
     * The message keys of the rules a new password and its confirmation break, by field ("password", "confirmation"),
     * for the account's username (none yet: {@code null}); a field left empty is its own form's to report.
     */
    public static Map<String, List<String>> problems(String password, String confirmation, String username) {
        Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        if (password != null && !password.isEmpty()) {
            List<String> broken = check(password, username == null || username.isBlank() ? null : username);
            if (!broken.isEmpty()) {
                problems.put("password", broken);
            }
        }
        if (confirmation != null && !confirmation.isEmpty() && password != null && !password.equals(confirmation)) {
            problems.put("confirmation", List.of("password.mismatch"));
        }
        return problems;
    }

    /** Message keys of the rules this password breaks for this username; empty when it is acceptable. */
    public static List<String> check(String password, String username) {
        List<String> broken = new ArrayList<>();
        if (password.length() > MAX_LENGTH) {
            broken.add("password.tooLong");
            return broken;
        }
        if (password.isBlank()) {
            broken.add("password.blank");
            return broken;
        }
        if (username != null && isTooSimilar(password, username)) {
            broken.add("password.tooSimilar");
        }
        if (password.length() < MIN_LENGTH) {
            broken.add("password.tooShort");
        }
        if (COMMON.contains(password.trim().toLowerCase(Locale.ROOT))) {
            broken.add("password.common");
        }
        if (password.chars().allMatch(Character::isDigit)) {
            broken.add("password.numeric");
        }
        return broken;
    }

    /** Django's rule: the username, or any word of it, has a "quick ratio" of 0.7 or more to the password. */
    static boolean isTooSimilar(String password, String username) {
        String lowerPassword = password.toLowerCase(Locale.ROOT);
        String lowerUsername = username.toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>(List.of(lowerUsername.split("\\W+")));
        parts.add(lowerUsername);
        return parts.stream().filter(part -> !part.isEmpty())
                .anyMatch(part -> quickRatio(lowerPassword, part) >= MAX_SIMILARITY);
    }

    /** Python's SequenceMatcher.quick_ratio: twice the common characters (as multisets) over both lengths. */
    static double quickRatio(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Map<Integer, Integer> available = new HashMap<>();
        b.codePoints().forEach(c -> available.merge(c, 1, Integer::sum));
        int matches = 0;
        for (int c : a.codePoints().toArray()) {
            Integer left = available.get(c);
            if (left != null && left > 0) {
                available.put(c, left - 1);
                matches++;
            }
        }
        return 2.0 * matches / (a.length() + b.length());
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
                BufferedReader lines = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return lines.lines().map(String::trim).filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
    }
}
