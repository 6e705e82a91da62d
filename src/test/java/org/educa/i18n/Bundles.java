package org.educa.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Educa's resource bundle files as they are in the sources, read as the JDK reads them (UTF-8), keys in file order. */
final class Bundles {

    static final Path DIRECTORY = Path.of("src/main/resources/org/educa");
    static final Path ENGLISH = DIRECTORY.resolve("messages.properties");
    static final Path SPANISH = DIRECTORY.resolve("messages_es.properties");

    private Bundles() {
    }

    /** The entries of a bundle file, in the order the file has them. */
    static Map<String, String> read(Path file) {
        Map<String, String> entries = new LinkedHashMap<>();
        Properties ordered = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                entries.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ordered.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(entries);
    }
}
