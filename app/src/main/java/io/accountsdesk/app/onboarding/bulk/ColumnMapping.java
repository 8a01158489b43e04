package io.accountsdesk.app.onboarding.bulk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which field each column of a file fills: guessed from the headers, changed by hand where the guess is wrong. A
 * column that fills no field is ignored (its header is listed, so the user sees it was not lost by mistake); a field
 * two columns claim keeps the first.
 *
 * @param header the file's header, as written
 * @param paths  the field each column fills, by column index; a column that is not here fills nothing
 */
public record ColumnMapping(List<String> header, Map<Integer, String> paths) {

    public ColumnMapping {
        header = List.copyOf(header);
        paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }

    /** The mapping the headers suggest. */
    public static ColumnMapping guess(List<String> header, ApplicationColumns columns) {
        Map<Integer, String> paths = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            columns.pathOf(header.get(i)).filter(path -> !paths.containsValue(path))
                    .ifPresent(path -> paths.put(column, path));
        }
        return new ColumnMapping(header, paths);
    }

    /** The same, with column {@code index} filling {@code path} instead (or nothing, for {@code null}). */
    public ColumnMapping with(int index, String path) {
        Map<Integer, String> changed = new LinkedHashMap<>(paths);
        changed.values().removeIf(p -> p.equals(path));
        if (path == null) {
            changed.remove(index);
        } else {
            changed.put(index, path);
        }
        return new ColumnMapping(header, changed);
    }

    /** The headers of the columns that fill nothing. */
    public List<String> ignored() {
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!paths.containsKey(i) && !header.get(i).isBlank()) {
                ignored.add(header.get(i));
            }
        }
        return ignored;
    }

    /** One row's values by field path; a row shorter than the header leaves the missing fields out. */
    public Map<String, String> values(List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        paths.forEach((index, path) -> {
            if (index < cells.size() && !cells.get(index).isBlank()) {
                values.put(path, cells.get(index));
            }
        });
        return values;
    }
}
