package org.educa.business.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Hands one mail to the mail server of the {@link MailSettings} over SMTP (Jakarta Mail), as text and HTML
 * alternatives; or, with no server configured, writes it to the log, as the development default.
 */
final class Postman {

    private static final Logger LOG = Logger.getLogger(Postman.class.getName());
    private static final String TIMEOUT_MILLIS = "20000";

    private final MailSettings settings;
    private final Session session;

    Postman(MailSettings settings) {
        this.settings = settings;
        this.session = settings.configured() ? Session.getInstance(properties(settings)) : null;
    }

    /** A mail on its way: whom to, and what. */
    record Delivery(String to, String name, MailText text) {
    }

    void deliver(Delivery delivery) throws MessagingException {
        if (session == null) {
            LOG.info(() -> "No mail server (EDUCA_SMTP_HOST): the mail to " + delivery.to() + " is written here instead.\n"
                    + "Subject: " + delivery.text().subject() + "\n\n" + delivery.text().text());
            return;
        }
        MimeMessage message = message(delivery);
        if (settings.user().isPresent()) {
            Transport.send(message, settings.user().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private MimeMessage message(Delivery delivery) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        InternetAddress[] from = InternetAddress.parse(settings.from(), true);
        message.setFrom(from[0]);
        message.setRecipient(Message.RecipientType.TO, recipient(delivery));
        message.setSubject(delivery.text().subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(delivery.text().text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(delivery.text().html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    private static InternetAddress recipient(Delivery delivery) throws MessagingException {
        InternetAddress address = new InternetAddress(delivery.to(), true);
        try {
            if (delivery.name() != null && !delivery.name().isBlank()) {
                address.setPersonal(delivery.name(), StandardCharsets.UTF_8.name());
            }
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        return address;
    }

    private static Properties properties(MailSettings settings) {
        Properties properties = new Properties();
        String protocol = settings.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "host", settings.host().orElseThrow());
        properties.put(prefix + "port", String.valueOf(settings.port()));
        properties.put(prefix + "auth", String.valueOf(settings.user().isPresent()));
        properties.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        properties.put(prefix + "timeout", TIMEOUT_MILLIS);
        properties.put(prefix + "writetimeout", TIMEOUT_MILLIS);
        if (settings.security() == MailSettings.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
