package io.accountsdesk.app.access.team;

import io.accountsdesk.client.users.UserActivity;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One user's activity log, newest first, filtered by action and by day, a page at a time. The API answers the whole
 * log in one list with no paging or filter, so both happen here, on what was read.
 */
public final class ActivityLog {

    /** Entries on one page. */
    public static final int PAGE_SIZE = 25;

    private final ZoneId zone;
    private final List<UserActivity> all = new ArrayList<>();
    private final List<UserActivity> matching = new ArrayList<>();
    private final ObservableList<UserActivity> page = FXCollections.observableArrayList();
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final StringProperty action = new SimpleStringProperty(this, "action", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex", 0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 1);
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount", 0);

    public ActivityLog(ZoneId zone) {
        this.zone = zone;
        action.addListener((obs, old, now) -> filter());
        from.addListener((obs, old, now) -> filter());
        to.addListener((obs, old, now) -> filter());
        pageIndex.addListener((obs, old, now) -> showPage());
    }

    /** Shows {@code entries} (as read) from the first page, keeping the filters. */
    void show(List<UserActivity> entries) {
        all.clear();
        all.addAll(entries);
        all.sort(Comparator.comparing(UserActivity::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        TreeSet<String> kinds = new TreeSet<>();
        all.stream().map(UserActivity::action).filter(a -> a != null && !a.isBlank()).forEach(kinds::add);
        actions.setAll(kinds);
        filter();
    }

    void clear() {
        show(List.of());
    }

    private void filter() {
        matching.clear();
        for (UserActivity entry : all) {
            if (matches(entry)) {
                matching.add(entry);
            }
        }
        matchCount.set(matching.size());
        pageCount.set(Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE));
        if (pageIndex.get() != 0) {
            pageIndex.set(0);
        } else {
            showPage();
        }
    }

    private boolean matches(UserActivity entry) {
        String wanted = action.get();
        if (wanted != null && !wanted.isBlank() && !wanted.equals(entry.action())) {
            return false;
        }
        if (from.get() == null && to.get() == null) {
            return true;
        }
        if (entry.createdAt() == null) {
            return false;
        }
        LocalDate day = entry.createdAt().atZoneSameInstant(zone).toLocalDate();
        return (from.get() == null || !day.isBefore(from.get())) && (to.get() == null || !day.isAfter(to.get()));
    }

    private void showPage() {
        int index = Math.max(0, Math.min(pageIndex.get(), pageCount.get() - 1));
        int start = index * PAGE_SIZE;
        page.setAll(matching.subList(Math.min(start, matching.size()), Math.min(start + PAGE_SIZE, matching.size())));
    }

    public void nextPage() {
        if (pageIndex.get() < pageCount.get() - 1) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void previousPage() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    /** The entries of the page on show. */
    public ObservableList<UserActivity> page() {
        return page;
    }

    /** The actions the log holds, for the filter's choices. */
    public ObservableList<String> actions() {
        return actions;
    }

    /** Only entries of this action; empty for all. */
    public StringProperty actionProperty() {
        return action;
    }

    /** Only entries on or after this day; {@code null} for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Only entries on or before this day; {@code null} for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The page on show, from 0. */
    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** How many entries pass the filters. */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }
}
