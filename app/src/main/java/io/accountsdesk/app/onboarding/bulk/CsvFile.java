package io.accountsdesk.app.onboarding.bulk;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A spreadsheet's CSV export, read as a person would expect whatever made it: UTF-8 with or without a byte-order
 * mark, or Windows-1252 (what Excel writes on a Nordic Windows) when the bytes are not UTF-8; comma, semicolon
 * (Nordic spreadsheets) or tab between fields, judged from the header line outside quotes; quoted fields with
 * separators and newlines inside; CRLF or LF. The rows are Jackson's CSV module's, never a hand-written splitter.
 *
 * @param charset   how the bytes were read
 * @param separator the field separator found
 * @param header    the first row, as written
 * @param rows      every later row that is not blank, each with its line number in the file (1 is the header)
 */
public record CsvFile(Charset charset, boolean byteOrderMark, char separator, List<String> header, List<Row> rows) {

    /** One row of cells, and the line of the file it starts on (for messages a person can find). */
    public record Row(int line, List<String> cells) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] SEPARATORS = {';', ',', '\t'};

    /** Reads a whole file's bytes; an empty file has no header and no rows. */
    public static CsvFile read(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        Charset charset = bom || isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), charset);
        char separator = separator(text);
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        if (text.isBlank()) {
            return new CsvFile(charset, bom, separator, header, rows);
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
        try (MappingIterator<String[]> cells = mapper.readerFor(String[].class).with(schema).readValues(text)) {
            boolean first = true;
            while (cells.hasNextValue()) {
                int line = cells.getCurrentLocation().getLineNr();
                List<String> row = Arrays.stream(cells.nextValue()).map(c -> c == null ? "" : c.strip()).toList();
                if (first) {
                    header = row;
                    first = false;
                } else if (row.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(new Row(line, row));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Not a CSV file this app can read: " + unreadable.getMessage(), unreadable);
        }
        return new CsvFile(charset, bom, separator, header, List.copyOf(rows));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** The separator the header line uses most, counting outside quotes; a comma when it has none of them. */
    static char separator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = -1;
        for (int s = 0; s < SEPARATORS.length; s++) {
            if (counts[s] > 0 && (best < 0 || counts[s] > counts[best])) {
                best = s;
            }
        }
        return best < 0 ? ',' : SEPARATORS[best];
    }
}
