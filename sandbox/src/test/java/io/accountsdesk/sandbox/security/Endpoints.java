package io.accountsdesk.sandbox.security;

import io.accountsdesk.sandbox.support.SpecFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The 121 operations of the repository's {@code spec/api/endpoints.tsv}, with their paths filled in for an attack. */
record Endpoints(int seq, String method, String template) {

    private static final Pattern ACCOUNT_PARAM = Pattern.compile("\\{(oid|aid|partner_id)}");

    /** Every row, in the table's order; fails unless there are 121 (the catalogue is the contract). */
    static List<Endpoints> all() {
        try {
            List<String> lines = Files.readAllLines(SpecFiles.api("endpoints.tsv"));
            List<Endpoints> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    String[] cells = line.split("\t");
                    rows.add(new Endpoints(Integer.parseInt(cells[0]), cells[2], cells[3]));
                }
            }
            if (rows.size() != 121) {
                throw new AssertionError("endpoints.tsv has " + rows.size() + " rows, not 121");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the operation sends a body (the seed's POST and PUT operations do). */
    boolean takesBody() {
        return method.equals("POST") || method.equals("PUT");
    }

    /** Whether the path names an account, which a token must then have been issued for. */
    boolean namesAnAccount() {
        return ACCOUNT_PARAM.matcher(template).find();
    }

    /**
     * The path below {@code /v1} with every account parameter set to {@code account} and the others to plausible
     * values that pass their rules, so what answers is the guard being attacked, not validation.
     */
    String path(String account) {
        return template
                .replace("{oid}", account)
                .replace("{aid}", account)
                .replace("{partner_id}", account)
                .replace("{irn}", "1")
                .replace("{connection}", "vipps")
                .replace("{payment_product_type}", "payex.creditcard")
                .replace("{username}", "trainee@nordvik.example")
                .replaceAll("\\{[a-z_]+}", "3fa85f64-5717-4562-b3fc-2c963f66afa6");
    }

    @Override
    public String toString() {
        return "#" + seq + " " + method + " " + template;
    }
}
