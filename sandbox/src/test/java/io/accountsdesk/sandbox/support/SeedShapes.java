package io.accountsdesk.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seed's examples ({@code spec/api/examples}, listed in {@code examples.tsv}) and the keys the seed-shape tests
 * compare the sandbox's answers with.
 */
public final class SeedShapes {

    private SeedShapes() {
    }

    /**
     * One row of examples.tsv: the example's file, its line in the seed, its operation (endpoints.tsv seq) with that
     * operation's method and path, and the guessed role ({@code request}, {@code response} or {@code error}).
     */
    public record Example(String file, int seedLine, int op, String method, String path, String role) {

        public JsonNode json() {
            return SeedShapes.json(file);
        }

        @Override
        public String toString() {
            return op + " " + method + " " + path + " (" + file + ", " + role + ")";
        }
    }

    /** Every row of examples.tsv, in its order. */
    public static List<Example> examples() {
        try {
            List<String> lines = Files.readAllLines(SpecFiles.example("examples.tsv"));
            List<Example> examples = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    String[] c = line.split("\t", -1);
                    examples.add(new Example(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3], c[4], c[6]));
                }
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples of operations {@code from}..{@code to}. */
    public static List<Example> examples(int from, int to) {
        return examples().stream().filter(e -> e.op() >= from && e.op() <= to).toList();
    }

    /** The first example of {@code op} in {@code role}. */
    public static Example example(int op, String role) {
        return examples(op, op).stream().filter(e -> e.role().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + role + " example for operation " + op));
    }

    /** The examples by operation, failing if one operation has two. */
    public static Map<Integer, Example> byOperation(Stream<Example> examples) {
        return examples.collect(Collectors.toMap(Example::op, e -> e, (a, b) -> {
            throw new AssertionError("two response examples for operation " + a.op());
        }, TreeMap::new));
    }

    /** An example file, parsed. */
    public static JsonNode json(String file) {
        try {
            return Api.JSON.readTree(Files.readString(SpecFiles.example(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An object's keys, in order (none for anything else). */
    public static Set<String> keys(JsonNode node) {
        Set<String> keys = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The node itself, or for a list its first item (null when the list is empty). */
    public static JsonNode firstItem(JsonNode node) {
        return node.isArray() ? node.get(0) : node;
    }
}
