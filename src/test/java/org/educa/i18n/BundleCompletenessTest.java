package org.educa.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.educa.business.cache.CacheNames;
import org.educa.model.ContentKind;
import org.educa.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both languages say everything Educa shows: the English and the Spanish bundle have the same keys, none empty, with
 * the same arguments in patterns that {@link MessageFormat} can read, and every key a page or the Java code names is in
 * them. A text added in one language only, a typo in a key, or a translation that drops a {@code {0}} fails here.
 */
class BundleCompletenessTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    /** {@code {0}}, {@code {1,number,integer}}, {@code {0, choice, ...}}: the argument index. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    /** {@code {max}} (Bean Validation attributes), {@code {startRecord}} (PrimeFaces paginator): not MessageFormat. */
    private static final Pattern NAMED = Pattern.compile("\\{([A-Za-z_][\\w.]*)}");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)']");
    private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\['([^']+)'\\s*\\.\\s*concat\\(");
    private static final Pattern KEY_SHAPED = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+\\.?)\"");
    private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");
    private static final Pattern MESSAGES_CALL = Pattern.compile("Messages\\.\\w+\\(\\s*\"([^\"]+)\"");
    private static final Pattern EXCEPTION_KEY = Pattern.compile("BusinessException\\(\\s*\"([^\"]+)\"");
    private static final Pattern ROUTE_NAME = Pattern.compile("Route\\.of\\(\\s*\"([^\"]+)\"");
    /** Keys the frameworks define and Educa overrides: they are not a namespace of Educa's own keys. */
    private static final Set<String> FRAMEWORK_NAMESPACES = Set.of("jakarta", "primefaces");

    private static Map<String, String> english;
    private static Map<String, String> spanish;

    @BeforeAll
    static void readBundles() {
        english = Bundles.read(Bundles.ENGLISH);
        spanish = Bundles.read(Bundles.SPANISH);
    }

    @Test
    void everyKeyIsInBothLanguages() {
        Set<String> onlyEnglish = new TreeSet<>(english.keySet());
        onlyEnglish.removeAll(spanish.keySet());
        Set<String> onlySpanish = new TreeSet<>(spanish.keySet());
        onlySpanish.removeAll(english.keySet());
        assertEquals("missing in Spanish: [], only in Spanish: []",
                "missing in Spanish: " + onlyEnglish + ", only in Spanish: " + onlySpanish);
    }

    @Test
    void noTextIsEmpty() {
        assertEquals(List.of(), emptyKeys(english), "empty entries in messages.properties");
        assertEquals(List.of(), emptyKeys(spanish), "empty entries in messages_es.properties");
    }

    @Test
    void everyTranslationHasTheArgumentsOfTheEnglishText() {
        List<String> problems = new ArrayList<>();
        english.forEach((key, text) -> {
            String translation = spanish.get(key);
            if (translation == null) {
                return; // reported by everyKeyIsInBothLanguages
            }
            if (!named(text).equals(named(translation))) {
                problems.add(key + ": named placeholders " + named(text) + " in English, " + named(translation)
                        + " in Spanish");
            }
            if (!named(text).isEmpty()) {
                return; // a Bean Validation or PrimeFaces template, never given to MessageFormat
            }
            parse(key, text, Locale.ENGLISH, problems).ifPresent(en -> parse(key, translation, Language.SPANISH.locale(),
                    problems).ifPresent(es -> compare(key, text, en, translation, es, problems)));
        });
        assertEquals(List.of(), problems, "patterns that differ between the languages or do not parse");
    }

    @Test
    void apostrophesAreWrittenAsMessageFormatReadsThem() {
        List<String> problems = new ArrayList<>();
        Stream.of(english, spanish).forEach(bundle -> bundle.forEach((key, text) -> {
            boolean formatted = !arguments(text).isEmpty() || FRAMEWORK_NAMESPACES.contains(namespace(key));
            String single = text.replace("''", "");
            if (formatted && single.contains("'")) {
                problems.add(key + ": a single ' in a pattern with arguments is a quote for MessageFormat and is not"
                        + " shown; write '' (or ’): " + text);
            }
            if (!formatted && text.contains("''")) {
                problems.add(key + ": '' in a text without arguments is shown as two quotes: " + text);
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyOfThePagesExists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : files(WEBAPP, ".xhtml")) {
            String source = Files.readString(page);
            Matcher keys = PAGE_KEY.matcher(source);
            while (keys.find()) {
                String key = keys.group(1);
                boolean prefix = PAGE_PREFIX.matcher(source).region(keys.start(), source.length()).lookingAt();
                if (prefix ? !hasKeyWithPrefix(key) : !english.containsKey(key) || !spanish.containsKey(key)) {
                    problems.add(WEBAPP.relativize(page) + ":" + line(source, keys.start()) + ": "
                            + (prefix ? "no key starts with " : "no key ") + key);
                }
            }
        }
        assertEquals(List.of(), problems, "keys the pages use that the bundles lack");
    }

    @Test
    void everyKeyOfTheJavaCodeExists() throws IOException {
        Set<String> routes = routeNames();
        Set<String> namespaces = english.keySet().stream().map(BundleCompletenessTest::namespace)
                .filter(namespace -> !FRAMEWORK_NAMESPACES.contains(namespace)).collect(Collectors.toSet());
        Set<String> problems = new LinkedHashSet<>();
        for (Path file : files(JAVA, ".java")) {
            String source = withoutComments(Files.readString(file));
            String where = JAVA.relativize(file) + ":";
            for (Pattern named : List.of(MESSAGES_CALL, EXCEPTION_KEY, CONSTRAINT_MESSAGE)) {
                Matcher keys = named.matcher(source);
                while (keys.find()) {
                    if (!isKeyOrPrefix(keys.group(1))) {
                        problems.add(where + line(source, keys.start()) + ": no key " + keys.group(1));
                    }
                }
            }
            // Keys handed around before they reach Messages (password rules, a ternary, a prefix and a suffix)
            Matcher literals = KEY_SHAPED.matcher(source);
            while (literals.find()) {
                String literal = literals.group(1);
                // a mail's kind (Letter.of(..., "teach.granted")) names the keys mail.<kind>.subject and .text
                boolean mailKind = english.containsKey("mail." + literal + ".subject");
                if (namespaces.contains(namespace(literal)) && !routes.contains(literal) && !isKeyOrPrefix(literal)
                        && !mailKind) {
                    problems.add(where + line(source, literals.start()) + ": no key " + literal);
                }
            }
        }
        assertEquals(List.of(), List.copyOf(problems), "keys the Java code uses that the bundles lack");
    }

    @Test
    void everyKeyMadeFromAnEnumerationExists() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(ContentKind.values()).forEach(kind -> keys.add("authoring.kind." + kind.name()));
        CacheNames.ALL.forEach(cache -> keys.add("admin.cache.name." + cache));
        Language.all().forEach(language -> keys.add("language." + language.tag()));
        // UsersBacking.role: "admin.user." + role + "Granted" / "Revoked", for the roles an administrator manages
        Stream.of("instructor", "admin").forEach(role -> Stream.of("Granted", "Revoked")
                .forEach(done -> keys.add("admin.user." + role + done)));
        List<String> missing = keys.stream().filter(key -> !english.containsKey(key) || !spanish.containsKey(key))
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void eachLanguageIsServedWhateverTheServerLanguage() {
        Locale server = Locale.getDefault();
        try {
            for (Locale defaultLocale : List.of(Locale.ENGLISH, Language.SPANISH.locale(), Locale.GERMANY)) {
                Locale.setDefault(defaultLocale);
                ResourceBundle.clearCache();
                assertEquals(english.get("nav.signIn"), ResourceBundle.getBundle("org.educa.messages",
                        Locale.ENGLISH).getString("nav.signIn"), "English on a server in " + defaultLocale);
                assertEquals(spanish.get("nav.signIn"), ResourceBundle.getBundle("org.educa.messages",
                        Language.SPANISH.locale()).getString("nav.signIn"), "Spanish on a server in " + defaultLocale);
            }
        } finally {
            Locale.setDefault(server);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void languagesAreNamedInTheirOwnLanguage() {
        assertEquals("English", spanish.get("language.en"));
        assertEquals("Español", english.get("language.es"));
        assertEquals(english.get("language.en"), spanish.get("language.en"));
        assertEquals(english.get("language.es"), spanish.get("language.es"));
    }

    private static Optional<MessageFormat> parse(String key, String pattern, Locale locale,
            List<String> problems) {
        try {
            return Optional.of(new MessageFormat(pattern, locale));
        } catch (IllegalArgumentException e) {
            problems.add(key + " (" + locale + "): MessageFormat cannot read it (" + e.getMessage() + "): " + pattern);
            return Optional.empty();
        }
    }

    /** Same argument indices (also inside choices), same kind of format and the same choice limits per argument. */
    private static void compare(String key, String text, MessageFormat en, String translation, MessageFormat es,
            List<String> problems) {
        if (!arguments(text).equals(arguments(translation))) {
            problems.add(key + ": arguments " + arguments(text) + " in English, " + arguments(translation)
                    + " in Spanish");
            return;
        }
        Format[] englishFormats = en.getFormatsByArgumentIndex();
        Format[] spanishFormats = es.getFormatsByArgumentIndex();
        for (int i = 0; i < Math.min(englishFormats.length, spanishFormats.length); i++) {
            if (!kind(englishFormats[i]).equals(kind(spanishFormats[i]))) {
                problems.add(key + ": {" + i + "} is " + kind(englishFormats[i]) + " in English, "
                        + kind(spanishFormats[i]) + " in Spanish");
            } else if (englishFormats[i] instanceof ChoiceFormat a && spanishFormats[i] instanceof ChoiceFormat b
                    && !Arrays.equals(a.getLimits(), b.getLimits())) {
                problems.add(key + ": {" + i + "} chooses at " + Arrays.toString(a.getLimits()) + " in English, at "
                        + Arrays.toString(b.getLimits()) + " in Spanish");
            }
        }
    }

    private static String kind(Format format) {
        return format == null ? "plain" : format.getClass().getSimpleName();
    }

    /** The argument indices of a MessageFormat pattern, those inside choice formats too; quoted text left out. */
    static Set<Integer> arguments(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> indices = new TreeSet<>();
        Matcher arguments = ARGUMENT.matcher(unquoted);
        while (arguments.find()) {
            indices.add(Integer.valueOf(arguments.group(1)));
        }
        return indices;
    }

    private static Set<String> named(String pattern) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAMED.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<String> emptyKeys(Map<String, String> bundle) {
        return bundle.entrySet().stream().filter(entry -> entry.getValue().isBlank()).map(Map.Entry::getKey).toList();
    }

    private static boolean hasKeyWithPrefix(String prefix) {
        return english.keySet().stream().anyMatch(key -> key.startsWith(prefix))
                && spanish.keySet().stream().anyMatch(key -> key.startsWith(prefix));
    }

    private static boolean isKeyOrPrefix(String literal) {
        return literal.endsWith(".") ? hasKeyWithPrefix(literal)
                : english.containsKey(literal) && spanish.containsKey(literal);
    }

    private static String namespace(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    private static Set<String> routeNames() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher routes = ROUTE_NAME.matcher(Files.readString(JAVA.resolve("org/educa/view/Routes.java")));
        while (routes.find()) {
            names.add(routes.group(1));
        }
        return names;
    }

    /** The source with its comments blanked (lines kept), so that keys quoted in Javadoc are not taken for uses. */
    static String withoutComments(String source) {
        Matcher comments = Pattern.compile("/\\*.*?\\*/|//[^\n]*|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'",
                Pattern.DOTALL)
                .matcher(source);
        StringBuilder result = new StringBuilder();
        while (comments.find()) {
            String found = comments.group();
            comments.appendReplacement(result, Matcher.quoteReplacement(
                    found.startsWith("\"") || found.startsWith("'") ? found : found.replaceAll("[^\n]", " ")));
        }
        return comments.appendTail(result).toString();
    }

    private static int line(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    static List<Path> files(Path root, String extension) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
