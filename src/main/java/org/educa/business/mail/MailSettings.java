package org.educa.business.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How Educa reaches its mail server, from the settings (README, "Mail"): {@code EDUCA_SMTP_HOST} (none: mails are
 * written to the log), {@code EDUCA_SMTP_PORT} (587 with STARTTLS, 465 with TLS, 25 without), {@code EDUCA_SMTP_USER}
 * and {@code EDUCA_SMTP_PASSWORD} (none: no authentication), {@code EDUCA_SMTP_TLS} ({@code starttls}, the default;
 * {@code tls}; {@code none}, for a server on the same machine or in tests), {@code EDUCA_SMTP_FROM} (the sender), and
 * how a mail the server does not take is retried: {@code EDUCA_SMTP_ATTEMPTS} (5) times, waiting
 * {@code EDUCA_SMTP_RETRY_SECONDS} (30), doubling each time.
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
        Security security, String from, int attempts, int retrySeconds) {

    /** How the connection to the mail server is protected. */
    public enum Security {
        /** Plain SMTP that must upgrade to TLS (STARTTLS) before anything is sent. */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS). */
        TLS(465),
        /** No encryption: only for a server on the same machine or network, and the tests. */
        NONE(25);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    /** The settings as MicroProfile Config names them ({@code educa.smtp.host}...), read by the function given. */
    public static MailSettings read(Function<String, Optional<String>> setting) {
        Function<String, Optional<String>> given = name -> setting.apply(name).map(String::trim)
                .filter(value -> !value.isEmpty());
        Security security = given.apply("educa.smtp.tls").map(MailSettings::security).orElse(Security.STARTTLS);
        return new MailSettings(
                given.apply("educa.smtp.host"),
                given.apply("educa.smtp.port").map(value -> number("EDUCA_SMTP_PORT", value, 1, 65535))
                        .orElse(security.defaultPort),
                given.apply("educa.smtp.user"),
                setting.apply("educa.smtp.password").filter(value -> !value.isEmpty()),
                security,
                given.apply("educa.smtp.from").orElse("Educa <no-reply@localhost>"),
                given.apply("educa.smtp.attempts").map(value -> number("EDUCA_SMTP_ATTEMPTS", value, 1, 100))
                        .orElse(5),
                given.apply("educa.smtp.retry-seconds")
                        .map(value -> number("EDUCA_SMTP_RETRY_SECONDS", value, 1, 86_400)).orElse(30));
    }

    /** Whether a mail server is configured; without one, mails go to the log. */
    public boolean configured() {
        return host.isPresent();
    }

    /** How long to wait before attempt {@code next} (2, 3, …): the retry time, doubled for each attempt before. */
    public long delaySecondsBefore(int next) {
        return (long) retrySeconds << Math.min(Math.max(0, next - 2), 20);
    }

    private static Security security(String value) {
        try {
            return Security.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("EDUCA_SMTP_TLS is '" + value + "': it must be 'starttls', 'tls' or 'none'");
        }
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + " is '" + value + "': it must be a number from " + min + " to " + max);
    }
}
