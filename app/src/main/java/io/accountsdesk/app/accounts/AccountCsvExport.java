package io.accountsdesk.app.accounts;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.TaskContext;
import io.accountsdesk.client.accounts.Account;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes accounts as CSV that a spreadsheet opens as it should: UTF-8 with a byte-order mark (without it, Excel reads
 * "Tromsø" as "TromsÃ¸"), the header in the user's language, and the list separator a spreadsheet in that language
 * expects (a semicolon where the comma is the decimal mark, as in Norwegian). The file appears whole or not at all: it
 * is written beside the target and moved into place at the end, so a cancelled export leaves nothing behind.
 */
final class AccountCsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String[] COLUMNS = {"id", "name", "businessName", "organizationNumber", "country",
        "progression", "connections", "manager", "pricePackage", "livemode", "created"};

    private final Messages messages;
    private final char separator;

    AccountCsvExport(Messages messages) {
        this.messages = messages;
        this.separator = separatorFor(messages.locale());
    }

    /** The list separator spreadsheets use in {@code locale}. */
    static char separatorFor(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }

    List<String> header() {
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(messages.get("accounts.csv." + column));
        }
        return header;
    }

    /** The list's own cells (see {@link AccountRow}), and what a spreadsheet wants besides. */
    static List<String> row(Account account) {
        AccountRow shown = AccountRow.of(account, Locale.ROOT);
        String connections = shown.connections().stream()
                .map(badge -> badge.connection() + ": " + badge.status())
                .collect(Collectors.joining("; "));
        List<String> row = new ArrayList<>();
        row.add(shown.accountId());
        row.add(shown.name());
        row.add(account.company() == null ? null : account.company().businessName());
        row.add(shown.organizationNumber());
        row.add(shown.country());
        row.add(shown.progression());
        row.add(connections);
        row.add(shown.accountManager());
        row.add(account.pricePackage());
        row.add(account.livemode() == null ? null : account.livemode().toString());
        row.add(account.createdAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(account.createdAt()));
        return row.stream().map(AccountCsvExport::cell).toList();
    }

    /**
     * A value as a cell. Names come from merchants; one that begins like a formula ({@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a return) would run as one when the file is opened in a spreadsheet, so it is written with
     * a leading apostrophe, which spreadsheets show as text.
     */
    static String cell(String value) {
        return io.accountsdesk.app.core.CsvTable.cell(value);
    }

    /**
     * Writes every account {@code accounts} yields to {@code target}, telling {@code task} how many so far; stops
     * at a cancel. Returns how many were written.
     */
    long write(Stream<Account> accounts, Path target, TaskContext task) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, "." + target.getFileName(), ".part");
        long count = 0;
        try {
            CsvMapper mapper = new CsvMapper();
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n");
            try (OutputStream out = Files.newOutputStream(partial)) {
                out.write(BOM);
                SequenceWriter writer = mapper.writerFor(List.class).with(schema).writeValues(out);
                writer.write(header());
                Iterator<Account> each = accounts.iterator();
                while (each.hasNext()) {
                    task.throwIfCancelled();
                    writer.write(row(each.next()));
                    count++;
                    if (count % 50 == 0) {
                        task.message(messages.format("accounts.export.progress", count));
                    }
                }
                writer.close();
            }
            task.throwIfCancelled();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
