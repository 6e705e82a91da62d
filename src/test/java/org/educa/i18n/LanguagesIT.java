package org.educa.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import org.educa.config.startup.DemoData;
import org.educa.testing.Deployments;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The language of a page as a visitor meets it: the browser's languages, the footer's choice kept in a cookie, and
 * addresses that stay the ones the page cache knows. (Each language's copy in the caches: CachingIT.)
 */
@ExtendWith(ArquillianExtension.class)
class LanguagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    @Test
    void theBrowsersFirstLanguageThatEducaSpeaksElseEnglish() throws Exception {
        assertEquals("es", language(new WebClient(base.toURI()).speaking("fr-CA, es-MX;q=0.8, en;q=0.5").get("")));
        assertEquals("en", language(new WebClient(base.toURI()).speaking("de, en-GB;q=0.9, es;q=0.2").get("")));
        assertEquals("en", language(new WebClient(base.toURI()).speaking("fr, de").get("")));
        assertEquals("en", language(new WebClient(base.toURI()).get("")), "no Accept-Language");
        assertEquals("en", language(new WebClient(base.toURI()).speaking(";;q=x, ,").get("")), "nonsense is no language");
    }

    @Test
    void theFootersChoiceIsKeptAndTheAddressStaysTheSame() throws Exception {
        WebClient visitor = new WebClient(base.toURI()).speaking("en");
        Page catalog = visitor.get("?page=1");
        assertTrue(catalog.contains("href=\"?lang=es\""), "the footer offers Spanish");
        Page chosen = visitor.get("?page=1&lang=es");
        assertEquals(303, chosen.status());
        assertEquals(base.getPath() + "?page=1", chosen.location(), "back to the same page, without the parameter");
        assertEquals("es", visitor.cookie("educa-lang").orElseThrow());
        assertEquals("es", language(visitor.get("?page=1")), "the cookie wins over Accept-Language");
        assertEquals("es", language(visitor.get("course/subject/physics/")), "on every page");

        visitor.get("course/subject/physics/?lang=en");
        assertEquals("en", language(visitor.get("course/subject/physics/")));
    }

    @Test
    void aLanguageEducaDoesNotSpeakChangesNothing() throws Exception {
        WebClient visitor = new WebClient(base.toURI()).speaking("es");
        for (String odd : new String[] {"xx", "", "%3Cscript%3E", "es%0d%0aSet-Cookie:%20x=1", "../../en"}) {
            Page page = visitor.get("course/subject/physics/?lang=" + odd);
            assertEquals(303, page.status(), odd);
            assertEquals(base.getPath() + "course/subject/physics/", page.location(), odd);
            assertFalse(page.headers().containsKey("set-cookie"), odd + " sets no cookie");
        }
        visitor.addCookie("educa-lang", "klingon");
        assertEquals("es", language(visitor.get("")), "a forged cookie is ignored");
    }

    @Test
    void theRedirectGoesOnlyToThisSite() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        Page sneaky = visitor.get("/%2F%2Fevil.example/?lang=es");
        assertFalse(sneaky.isRedirect() && sneaky.location().contains("evil"), "no redirect off the site");
        Page post = visitor.post("accounts/login/?lang=es", Map.of());
        assertFalse(post.status() == 303 && post.location().contains("login/"), "only GETs are redirected");
    }

    @Test
    void signedInPagesFollowTheChoiceToo() throws Exception {
        WebClient sam = new WebClient(base.toURI());
        assertEquals(302, sam.signIn("sam", DemoData.STUDENT_PASSWORD).status());
        sam.get("students/courses/?lang=es");
        assertEquals("es", language(sam.get("students/courses/")));
        assertEquals("es", language(sam.get("accounts/login/")), "a stateful page, rendered by Faces");
    }

    private static String language(Page page) {
        assertEquals(200, page.status());
        int at = page.body().indexOf("<html lang=\"");
        assertTrue(at >= 0, "the page says its language");
        String language = page.body().substring(at + 12, page.body().indexOf('"', at + 12));
        assertEquals(language, page.header("content-language"));
        return language;
    }
}
