package io.accountsdesk.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The copy of the spec in {@code spec/} is complete and its three parts still point at each other: the catalogue and
 * the example index name lines of the seed that start what they say, and the index lists exactly the example files.
 * A partial copy, or a seed replaced without its derived files, fails here rather than in some far-away shape test.
 */
class SpecFilesTest {

    private static final String SEED = "000_6240591d94e92153.txt";

    @Test
    void theSpecFolderHoldsTheSeedTheCatalogueAndTheExamples() {
        assertThat(SpecFiles.seed(SEED)).isRegularFile();
        assertThat(SpecFiles.api("endpoints.tsv")).isRegularFile();
        assertThat(SpecFiles.api("ENDPOINTS.md")).isRegularFile();
        assertThat(SpecFiles.example("examples.tsv")).isRegularFile();
        assertThat(SeedEndpoints.rows()).hasSize(121);
    }

    @Test
    void theExampleIndexListsEveryExampleFileAndNoOther() throws IOException {
        Set<String> indexed = SeedExamples.all().stream().map(SeedExamples.Example::file)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(SpecFiles.example("examples.tsv").getParent())) {
            onDisk = files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(onDisk).hasSize(192);
        assertThat(indexed).isEqualTo(onDisk);
    }

    @Test
    void everyExampleStartsOnTheSeedLineItIsNamedBy() throws IOException {
        List<String> seed = Files.readAllLines(SpecFiles.seed(SEED));
        for (SeedExamples.Example example : SeedExamples.all()) {
            assertThat(example.file()).as("file name").isEqualTo(String.format("L%05d.json", example.seedLine()));
            assertThat(example.seedLine()).as(example.file()).isBetween(1, seed.size());
            assertThat(seed.get(example.seedLine() - 1).strip()).as("seed line of " + example).matches("^[\\[{].*");
        }
    }

    @Test
    void everyOperationsSeedLineIsInsideTheSeed() throws IOException {
        List<String> seed = Files.readAllLines(SpecFiles.seed(SEED));
        List<String> rows = Files.readAllLines(SpecFiles.api("endpoints.tsv"));
        assertThat(rows.get(0).split("\t")).containsExactly(
                "seq", "group", "method", "path", "operationId", "seed_line", "confidence");
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t");
            int line = Integer.parseInt(cells[5]);
            assertThat(line).as(row).isBetween(1, seed.size());
            assertThat(seed.get(line - 1)).as("seed line of " + row).isNotBlank();
            assertThat(cells[6]).as(row).isIn("docs", "inferred");
        }
    }
}
