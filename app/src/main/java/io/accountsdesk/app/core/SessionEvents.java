package io.accountsdesk.app.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * News one screen has for the others within a session, such as "account T12345678 was deleted", so the list drops the
 * row without a reload. Delivered at once, on the thread that publishes (the UI thread).
 */
public final class SessionEvents {

    private record Listener<E>(Class<E> type, Consumer<? super E> handler) {
        void deliver(Object event) {
            if (type.isInstance(event)) {
                handler.accept(type.cast(event));
            }
        }
    }

    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

    /** Listens for events of {@code type}; cancel the result to stop. */
    public <E> Cancellable subscribe(Class<E> type, Consumer<? super E> handler) {
        Listener<E> listener = new Listener<>(type, handler);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(Object event) {
        listeners.forEach(listener -> listener.deliver(event));
    }

    public int listenerCount() {
        return listeners.size();
    }

    public void clear() {
        listeners.clear();
    }
}
