package io.accountsdesk.client.contract;

import io.accountsdesk.client.http.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every {@link Operation} constant the client declares, found by walking its compiled classes. */
public final class OperationCatalog {

    /** An operation constant and where it is declared. */
    public record Declared(Operation operation, Class<?> owner, String field) {
        public String key() {
            return operation.method() + " " + operation.path();
        }

        @Override
        public String toString() {
            return owner.getSimpleName() + "." + field + " = " + key();
        }
    }

    private OperationCatalog() {
    }

    public static List<Declared> all() {
        List<Declared> found = new ArrayList<>();
        for (Class<?> type : clientClasses()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == Operation.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                    try {
                        field.setAccessible(true);
                        found.add(new Declared((Operation) field.get(null), type, field.getName()));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return found;
    }

    /** The declaration for {@code method path}, or {@code null}. */
    public static Declared find(List<Declared> catalog, String method, String path) {
        return catalog.stream()
                .filter(d -> d.operation().method().equals(method) && d.operation().path().equals(path))
                .findFirst()
                .orElse(null);
    }

    /** Every top-level class of the client, loaded without initialising it. */
    public static List<Class<?>> clientClasses() {
        try {
            Path root = Path.of(Operation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(root::relativize)
                        .map(Path::toString)
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                        .filter(name -> name.startsWith("io.accountsdesk.client"))
                        .sorted()
                        .map(OperationCatalog::load)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OperationCatalog.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
