package org.educa.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules, run in the page the browser shows, at the desktop size and again at a phone's
 * width: what a screen-reader user or a keyboard user would stumble over. The script is axe-core's own
 * {@code axe.min.js} (the npm package's build, as Deque ships it in {@code com.deque.html.axe-core:selenium}), read
 * from the test class path: no CDN. Violations of WCAG rules with impact serious or critical are findings, and so
 * are a few best practices the issue asks for at any impact (one {@code h1}, heading order, one {@code main}, a skip
 * link); the other minor and moderate ones are left to review.
 *
 * <p>Every page a {@link Browser} (or a driver from {@link Browser#newDriver()}) shows is checked when the test next
 * touches it and when it closes ({@link Browser#close(WebDriver)} fails the test on findings); a state the test makes
 * on a page without loading another (an error shown, a dialog open) is checked by {@link #check(WebDriver, String)}.
 */
public final class Axe {

    /** The sizes every page is checked at: a laptop and a phone (CSS pixels). */
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    /** axe's best practices that the issue asks for whatever their impact: one h1, no skipped level, a skip link. */
    private static final Set<String> REQUIRED = Set.of("page-has-heading-one", "heading-order", "landmark-one-main",
            "bypass", "skip-link", "landmark-no-duplicate-banner", "landmark-unique");
    private static final String SCRIPT = read();
    private static final String RUN = """
            const tags = arguments[0];
            const done = arguments[arguments.length - 1];
            // what a person reads is the page at rest: a toast or dialog still fading in (jQuery's animations, at
            // most 400 ms) or a button still fading back from its disabled look (CSS transitions) is checked once it
            // has arrived, not half transparent
            const settled = () => (!window.jQuery || window.jQuery(':animated').length === 0)
                    && (!document.getAnimations || !document.getAnimations().some(a => a.playState === 'running'));
            const started = Date.now();
            const whenSettled = f => settled() || Date.now() - started > 3000 ? f() : setTimeout(() => whenSettled(f), 50);
            whenSettled(() => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
                    iframes: false})
               .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                    wcag: v.tags.some(t => t.startsWith('wcag')),
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '')
                        .replace(/\\s+/g, ' '))}))))
               .catch(e => done([{id: 'axe-error', impact: 'critical', wcag: true, help: String(e), nodes: []}])));
            """;

    private Axe() {
    }

    /**
     * The serious and critical violations of the page as shown now, at the desktop size and at the phone's, each as
     * one readable line naming the state, the size, the rule and the first elements it failed on. The window is left
     * at the desktop size.
     */
    public static List<String> check(WebDriver driver, String state) {
        List<String> findings = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            driver.manage().window().setSize(size);
            findings.addAll(run(driver, state + " at " + size.getWidth() + " px"));
        }
        driver.manage().window().setSize(DESKTOP);
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(WebDriver driver, String where) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(RUN, TAGS);
        List<String> findings = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            boolean wcag = Boolean.TRUE.equals(violation.get("wcag"));
            if (wcag && FAILING.contains(violation.get("impact")) || REQUIRED.contains(violation.get("id"))) {
                findings.add(where + ": " + violation.get("impact") + " " + violation.get("id") + " (" + violation.get("help")
                        + ") on " + String.join(" | ", (List<String>) violation.get("nodes")));
            }
        }
        return findings;
    }

    private static String read() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
