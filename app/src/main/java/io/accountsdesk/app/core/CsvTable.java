package io.accountsdesk.app.core;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A table the user exports (the connections board, a comparison): UTF-8 with a byte-order mark so spreadsheets read
 * Nordic names right, each cell safe from running as a formula, and the file written whole or not at all. Call it
 * off the UI thread.
 */
public final class CsvTable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTable() {
    }

    /** Writes {@code header} and {@code rows} to {@code target}, through a partial file moved in place at the end. */
    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, "." + target.getFileName(), ".part");
        try {
            CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
            try (OutputStream out = Files.newOutputStream(partial)) {
                out.write(BOM);
                try (SequenceWriter writer = new CsvMapper().writerFor(List.class).with(schema).writeValues(out)) {
                    writer.write(header.stream().map(CsvTable::cell).toList());
                    for (List<String> row : rows) {
                        writer.write(row.stream().map(CsvTable::cell).toList());
                    }
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * A value as a cell. Names come from merchants; one that begins like a formula ({@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a return) would run as one when the file is opened in a spreadsheet, so it is written with
     * a leading apostrophe, which spreadsheets show as text.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
