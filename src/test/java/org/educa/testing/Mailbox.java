package org.educa.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mails Educa sent to one address, read over IMAP from the test mail server ({@link MailServerListener}), from the
 * test JVM or from inside Payara alike (both know the port from {@code educa.test.smtp.port}). Tests use addresses of
 * their own, so that they read only their own mails.
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final String address;

    private Mailbox(String address) {
        this.address = address;
    }

    public static Mailbox of(String address) {
        return new Mailbox(address);
    }

    /** A mail as the person sees it: to whom, the subject, the text and the HTML alternatives, and the language. */
    public record Mail(String to, String subject, String text, String html, String language) {

        /** The first link of the text whose address contains {@code part}. */
        public String link(String part) {
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                if (link.group().contains(part)) {
                    return link.group();
                }
            }
            throw new AssertionError("No link with " + part + " in: " + text);
        }
    }

    /** Every mail in this mailbox now, oldest first. */
    public List<Mail> mails() {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            try {
                store.connect("127.0.0.1", port() + 1, address, address);
            } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
                return List.of(); // GreenMail makes a mailbox with the first mail to it
            }
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(read(message));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the mails of " + address, e);
        }
    }

    /** Waits (30 s at most) until this mailbox holds {@code count} mails, and returns the last. */
    public Mail awaitMail(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Mail> mails = mails();
        while (mails.size() < count && System.nanoTime() < deadline) {
            pause(200);
            mails = mails();
        }
        if (mails.size() < count) {
            throw new AssertionError("Expected " + count + " mail(s) to " + address + ", found " + mails.size());
        }
        return mails.get(count - 1);
    }

    /** Waits a moment for mails that should not come, and returns how many there are. */
    public int countAfter(Duration wait) {
        pause(wait.toMillis());
        return mails().size();
    }

    private static Mail read(Message message) throws MessagingException, IOException {
        String text = null;
        String html = null;
        if (message.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
        } else {
            text = String.valueOf(message.getContent());
        }
        String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).toUnicodeString();
        Matcher lang = Pattern.compile("<html lang=\"([a-z]+)\"").matcher(html == null ? "" : html);
        return new Mail(to, message.getSubject(), text, html, lang.find() ? lang.group(1) : null);
    }

    private static int port() {
        String port = System.getProperty("educa.test.smtp.port");
        if (port == null) {
            throw new IllegalStateException("educa.test.smtp.port is not set: no test mail server");
        }
        return Integer.parseInt(port);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
