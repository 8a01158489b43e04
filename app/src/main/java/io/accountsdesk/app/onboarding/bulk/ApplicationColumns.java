package io.accountsdesk.app.onboarding.bulk;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.onboarding.NewAccountForm;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns a bulk file may have: one per field of the create-account wizard, named by the field's path in the
 * request ({@code company.business_name}, as the template writes them) or by its label in English or Norwegian
 * bokmål ("Business name", "Firmanavn"). A label that several steps share ("Phone") means the first step's field;
 * written with its step ("Billing Phone", "Fakturering Telefon") it means that step's. Headers are compared without
 * case, accents, spaces or punctuation.
 */
public final class ApplicationColumns {

    /** One field a column can fill. */
    public record Column(String path, String label, boolean flag) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final Map<String, String> pathByAlias = new LinkedHashMap<>();

    public ApplicationColumns() {
        NewAccountForm english = new NewAccountForm(Messages.load(Locale.ENGLISH));
        NewAccountForm bokmal = new NewAccountForm(Messages.load(Locale.forLanguageTag("nb")));
        for (int s = 0; s < english.steps().size(); s++) {
            List<NewAccountForm.Input> en = english.steps().get(s).inputs();
            List<NewAccountForm.Input> nb = bokmal.steps().get(s).inputs();
            for (int i = 0; i < en.size(); i++) {
                NewAccountForm.Input input = en.get(i);
                String path = input.field().path();
                columns.add(new Column(path, input.field().label(),
                        input.kind() == NewAccountForm.InputKind.CHECK));
                alias(path, path);
                alias(english.steps().get(s).title() + " " + input.label(), path);
                alias(bokmal.steps().get(s).title() + " " + nb.get(i).label(), path);
                alias(input.field().label(), path);
                alias(nb.get(i).field().label(), path);
                alias(input.label(), path);
                alias(nb.get(i).label(), path);
            }
        }
    }

    private void alias(String name, String path) {
        pathByAlias.putIfAbsent(key(name), path); // the first step's field keeps a shared label
    }

    /** Headers compare as letters and digits only, in lower case, accents folded ("E-post" = "epost"). */
    static String key(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replace("ø", "o").replace("æ", "ae").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The field a header names, if any. */
    public Optional<String> pathOf(String header) {
        return Optional.ofNullable(pathByAlias.get(key(header)));
    }

    /** Every field a column can fill, in the wizard's order: the template's header. */
    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public boolean isFlag(String path) {
        return columns.stream().anyMatch(c -> c.path().equals(path) && c.flag());
    }
}
