package io.accountsdesk.client.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** The rows of {@code spec/api/endpoints.tsv}: every operation of the seed with its method and path. */
public final class SeedEndpoints {

    public record Row(int seq, String group, String method, String path, String operationId) {
        @Override
        public String toString() {
            return "#" + seq + " " + method + " " + path;
        }
    }

    private SeedEndpoints() {
    }

    public static List<Row> rows() {
        try {
            return Files.readAllLines(SpecFiles.api("endpoints.tsv")).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(cells -> new Row(Integer.parseInt(cells[0]), cells[1], cells[2], cells[3], cells[4]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
