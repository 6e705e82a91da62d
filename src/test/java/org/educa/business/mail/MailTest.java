package org.educa.business.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.educa.model.Language;
import org.junit.jupiter.api.Test;

/** The mail settings as operators write them, and a letter's words as its recipient reads them. */
class MailTest {

    @Test
    void withoutAHostMailsGoToTheLogAndEachProtectionHasItsUsualPort() {
        assertFalse(settings(Map.of()).configured());
        MailSettings starttls = settings(Map.of("educa.smtp.host", "smtp.example.org"));
        assertTrue(starttls.configured());
        assertEquals(MailSettings.Security.STARTTLS, starttls.security());
        assertEquals(587, starttls.port());
        assertEquals(465, settings(Map.of("educa.smtp.host", "h", "educa.smtp.tls", "TLS")).port());
        assertEquals(25, settings(Map.of("educa.smtp.host", "h", "educa.smtp.tls", "none")).port());
        assertEquals(2525, settings(Map.of("educa.smtp.host", "h", "educa.smtp.port", " 2525 ")).port());
        assertEquals(Optional.empty(), settings(Map.of("educa.smtp.user", "  ")).user());
    }

    @Test
    void retriesWaitLongerEachTime() {
        MailSettings settings = settings(Map.of("educa.smtp.retry-seconds", "30"));
        assertEquals(5, settings.attempts());
        assertEquals(30, settings.delaySecondsBefore(2));
        assertEquals(60, settings.delaySecondsBefore(3));
        assertEquals(120, settings.delaySecondsBefore(4));
    }

    @Test
    void aWrongSettingNamesTheVariableAndWhatItMayBe() {
        assertEquals("EDUCA_SMTP_TLS is 'ssl': it must be 'starttls', 'tls' or 'none'",
                assertThrows(IllegalArgumentException.class, () -> settings(Map.of("educa.smtp.tls", "ssl"))).getMessage());
        assertEquals("EDUCA_SMTP_PORT is '99999': it must be a number from 1 to 65535",
                assertThrows(IllegalArgumentException.class, () -> settings(Map.of("educa.smtp.port", "99999")))
                        .getMessage());
    }

    @Test
    void aLetterIsWrittenInItsLanguageWithItsValuesTakenLiterally() {
        MailText english = MailText.of(Letter.of("a@example.org", "Ada {1} O'Brien", Language.ENGLISH, "reset",
                "https://learn.example.org/accounts/password/reset/x/", "60", "ada"));
        assertEquals("Choose a new Educa password", english.subject());
        assertTrue(english.text().startsWith("Hello Ada {1} O'Brien,\n\n"), "a value is not filled in again: " + english.text());
        assertTrue(english.text().contains("account \u201cada\u201d"), english.text());
        assertTrue(english.text().contains("within 60 minutes:\n\nhttps://learn.example.org/accounts/password/reset/x/\n"));
        assertTrue(english.text().endsWith("\n\n-- \nEduca"), "signed: " + english.text());

        MailText spanish = MailText.of(Letter.of("a@example.org", "Ada", Language.SPANISH, "reset", "https://x/", "60", "ada"));
        assertEquals("Elige una contraseña nueva para Educa", spanish.subject());
        assertTrue(spanish.html().startsWith("<!DOCTYPE html><html lang=\"es\">"), spanish.html());
    }

    @Test
    void theHtmlPartEscapesEverythingAndLinksOnlyAddresses() {
        String html = MailText.html("Hi <b>\"you\"</b> & co,\n\nopen https://x.example/a?b=1&c=2 now\nor not\n\n-- \nEduca",
                "en", "Subject <i>");
        assertTrue(html.contains("<title>Subject &lt;i&gt;</title>"), html);
        assertTrue(html.contains("<p>Hi &lt;b&gt;&quot;you&quot;&lt;/b&gt; &amp; co,</p>"), html);
        assertTrue(html.contains("<p>open <a href=\"https://x.example/a?b=1&amp;c=2\">https://x.example/a?b=1&amp;c=2</a> now<br>or not</p>"),
                html);
        assertFalse(html.contains("<b>"), html);
    }

    private static MailSettings settings(Map<String, String> values) {
        return MailSettings.read(name -> Optional.ofNullable(values.get(name)));
    }
}
