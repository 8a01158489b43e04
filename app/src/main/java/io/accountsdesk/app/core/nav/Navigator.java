package io.accountsdesk.app.core.nav;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Goes from place to place with a browser's back and forward. Each move opens its place through
 * {@link #setOnArrive}; {@link #replace} only records where the screen on show already is. Before any move, the
 * {@link LeaveGuard} may refuse (a form with unsaved changes asks first).
 */
public final class Navigator {

    /** Asked before the current place is left; answers whether leaving is fine (after asking the user, perhaps). */
    @FunctionalInterface
    public interface LeaveGuard {
        boolean mayLeave(Place from, Place to);

        LeaveGuard ALWAYS = (from, to) -> true;
    }

    /** Far more than anyone walks back through, few enough to keep nothing alive for long. */
    static final int MAX_HISTORY = 50;

    private final ReadOnlyObjectWrapper<Place> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final Deque<Place> back = new ArrayDeque<>();
    private final Deque<Place> forward = new ArrayDeque<>();
    private final java.util.function.Predicate<Place> known;
    private LeaveGuard guard = LeaveGuard.ALWAYS;
    private Consumer<Place> onArrive = place -> {
    };

    /** @param known whether a place names a screen that exists; others are refused */
    public Navigator(java.util.function.Predicate<Place> known) {
        this.known = Objects.requireNonNull(known, "known");
    }

    public void setLeaveGuard(LeaveGuard value) {
        this.guard = value == null ? LeaveGuard.ALWAYS : value;
    }

    /** What opens the place of each move (the shell's screens); {@code null} for nothing. */
    public void setOnArrive(Consumer<Place> value) {
        this.onArrive = value == null ? place -> {
        } : value;
    }

    /** Opens {@code place}, keeping the current one for back. Returns whether it moved (or already was there). */
    public boolean goTo(Place place) {
        Objects.requireNonNull(place, "place");
        Place from = current.get();
        if (place.equals(from)) {
            return true;
        }
        if (!known.test(place) || !mayLeave(from, place)) {
            return false;
        }
        if (from != null) {
            push(back, from);
        }
        forward.clear();
        arrive(place);
        return true;
    }

    /**
     * Records that the screen on show changed its own parameters (another tab of the same account, a new search),
     * without a new history entry, so back still goes to where the user came from. The screen already shows the
     * place, so it is not opened again.
     */
    public void replace(Place place) {
        Objects.requireNonNull(place, "place");
        if (!known.test(place)) {
            return;
        }
        show(place);
    }

    public boolean back() {
        return step(back, forward);
    }

    public boolean forward() {
        return step(forward, back);
    }

    private boolean step(Deque<Place> from, Deque<Place> to) {
        Place target = from.peek();
        if (target == null || !mayLeave(current.get(), target)) {
            return false;
        }
        from.pop();
        if (current.get() != null) {
            push(to, current.get());
        }
        arrive(target);
        return true;
    }

    private boolean mayLeave(Place from, Place to) {
        return from == null || guard.mayLeave(from, to);
    }

    private static void push(Deque<Place> stack, Place place) {
        stack.push(place);
        while (stack.size() > MAX_HISTORY) {
            stack.removeLast();
        }
    }

    private void arrive(Place place) {
        show(place);
        onArrive.accept(place);
    }

    private void show(Place place) {
        current.set(place);
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    /** Forgets everything: for the end of a session. */
    public void clear() {
        back.clear();
        forward.clear();
        current.set(null);
        canGoBack.set(false);
        canGoForward.set(false);
    }

    public ReadOnlyObjectProperty<Place> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Place current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** The places back goes through, nearest first. */
    public List<Place> backHistory() {
        return List.copyOf(back);
    }
}
