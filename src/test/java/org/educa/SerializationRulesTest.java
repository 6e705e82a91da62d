package org.educa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.GenericFilter;
import jakarta.servlet.GenericServlet;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rolling-upgrade rules (docs/operations.md, "Rolling upgrades"): while old and new members share the data grid,
 * each reads what the other wrote into the caches and the sessions, so what Educa serializes must stay readable.
 * <ul>
 * <li>Every serializable class of Educa (not a record, an enum, an exception, a servlet or a filter) declares its
 * {@code serialVersionUID}:
 * without it Java derives one from the class's members, and any change to the class (even a new method) makes
 * members of the two versions refuse each other's objects.</li>
 * <li>Records are read by component name, whatever their {@code serialVersionUID}: a component added or removed is
 * safe, one renamed or given another type is not. Their shapes are recorded in {@code serialized-records.txt}, so
 * that such a change fails here until it is looked at and recorded again (with {@code -Deduca.record-shapes=true}).</li>
 * </ul>
 */
class SerializationRulesTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path SHAPES = Path.of("src", "test", "resources", "org", "educa", "serialized-records.txt");

    @Test
    void everySerializableClassDeclaresItsSerialVersionUid() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : serializableClasses()) {
            if (type.isRecord() || type.isEnum() || Throwable.class.isAssignableFrom(type) || type.isAnonymousClass()
                    || GenericServlet.class.isAssignableFrom(type) || GenericFilter.class.isAssignableFrom(type)) {
                continue; // servlets and filters are serializable by inheritance only: the container never writes them
            }
            if (!declaresSerialVersionUid(type)) {
                missing.add(type.getName());
            }
        }
        assertTrue(missing.isEmpty(), "declare 'private static final long serialVersionUID' in: " + missing);
    }

    @Test
    void theSerializedRecordsKeepTheirRecordedShapes() throws IOException {
        String shapes = serializableClasses().stream().filter(Class::isRecord)
                .map(SerializationRulesTest::shape)
                .collect(Collectors.joining("\n", "", "\n"));
        if (Boolean.getBoolean("educa.record-shapes")) {
            Files.writeString(SHAPES, HEADER + shapes, StandardCharsets.UTF_8);
        }
        String recorded = Files.readString(SHAPES, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertEquals(recorded, shapes, """
                A serialized record changed its shape. While old and new members share the grid (a rolling upgrade), \
                a component added or removed is safe; one renamed or retyped is not: give the cache that holds the \
                record a new name in CacheNames (old and new members then keep apart), or upgrade by stopping every \
                member first. Then record the shapes again: mvn test -Dtest=SerializationRulesTest \
                -Deduca.record-shapes=true""");
    }

    /** The test itself: it must catch a class without the field and pass one with it. */
    @Test
    void theRuleTellsAClassWithoutItsSerialVersionUidFromOneWithIt() {
        class Without implements Serializable {
        }
        class With implements Serializable {
            private static final long serialVersionUID = 1L;
        }
        assertTrue(!declaresSerialVersionUid(Without.class) && declaresSerialVersionUid(With.class));
    }

    private static final String HEADER = """
            # The serialized records of Educa and their components (by name): recorded by
            # SerializationRulesTest, see docs/operations.md, "Rolling upgrades".
            """;

    private static String shape(Class<?> record) {
        return record.getName() + "(" + Arrays.stream(record.getRecordComponents())
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .map(component -> component.getName() + ": " + component.getGenericType().getTypeName())
                .collect(Collectors.joining(", ")) + ")";
    }

    static boolean declaresSerialVersionUid(Class<?> type) {
        try {
            Field field = type.getDeclaredField("serialVersionUID");
            int modifiers = field.getModifiers();
            return field.getType() == long.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** Educa's compiled classes that are serializable, in name order. */
    static List<Class<?>> serializableClasses() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> name.startsWith("org.educa."))
                    .sorted()
                    .map(SerializationRulesTest::load)
                    .filter(type -> Serializable.class.isAssignableFrom(type) && !type.isInterface())
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SerializationRulesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + name, e);
        }
    }
}
