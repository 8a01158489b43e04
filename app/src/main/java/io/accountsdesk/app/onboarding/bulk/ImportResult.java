package io.accountsdesk.app.onboarding.bulk;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.accountsdesk.app.onboarding.bulk.ApplicationCheck.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The file a bulk run leaves for a mail merge: every input row with its columns as they came, then the new account's
 * id, its onboarding link and the error, if any. UTF-8 with a byte-order mark, with the input's separator, so the
 * spreadsheet that made the input opens it the same way.
 */
public final class ImportResult {

    private ImportResult() {
    }

    public static void write(Path out, CsvFile file, List<Verdict> verdicts, Map<Integer, BulkImport.Outcome> outcomes)
            throws IOException {
        List<String> header = new ArrayList<>(file.header());
        header.addAll(List.of("account_id", "onboarding_link", "error"));
        Map<Integer, Verdict> byLine = new java.util.HashMap<>();
        verdicts.forEach(v -> byLine.put(v.line(), v));
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(file.separator()).withoutHeader()
                .withLineSeparator("\r\n");
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream bytes = Files.newOutputStream(out);
             Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            text.write('\uFEFF');
            var writer = mapper.writer(schema).writeValues(text);
            writer.write(header);
            for (CsvFile.Row row : file.rows()) {
                List<String> cells = new ArrayList<>(row.cells());
                while (cells.size() < file.header().size()) {
                    cells.add("");
                }
                BulkImport.Outcome outcome = outcomes.get(row.line());
                Verdict verdict = byLine.get(row.line());
                String error = outcome != null && outcome.error() != null ? outcome.error()
                        : outcome == null && verdict != null && !verdict.messages().isEmpty()
                        ? String.join(" ", verdict.messages()) : "";
                cells.add(outcome == null || outcome.accountId() == null ? "" : outcome.accountId());
                cells.add(outcome == null || outcome.link() == null ? "" : outcome.link());
                cells.add(error);
                writer.write(cells);
            }
            writer.close();
        }
    }
}
