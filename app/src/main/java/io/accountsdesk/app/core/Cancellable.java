package io.accountsdesk.app.core;

/** Something under way that can be called off. */
@FunctionalInterface
public interface Cancellable {

    Cancellable NONE = () -> {
    };

    void cancel();
}
