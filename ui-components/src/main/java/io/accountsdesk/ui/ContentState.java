package io.accountsdesk.ui;

/** What a content area is showing. Plain Java, so view models can hold one without touching the scene graph. */
public enum ContentState {
    /** Data is on its way and there is nothing to show yet. */
    LOADING,
    /** The content itself. */
    READY,
    /** The request worked and there is nothing to show. */
    EMPTY,
    /** The request failed; the error text says why and what to do. */
    ERROR
}
