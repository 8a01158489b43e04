package io.accountsdesk.client.paging;

import io.accountsdesk.client.http.Cancellation;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One way to walk any paged list, whatever the endpoint pages by.
 *
 * <ul>
 *   <li>Most lists page with {@code starting_after} set to the last item's id and answer with a bare array, so a
 *       full page ({@code limit} items) means there may be more: {@link #byCursor}.</li>
 *   <li>MATCH pages with an integer offset in {@code starting_after}: {@link #byOffset}.</li>
 * </ul>
 * Both produce a {@link Page} whose {@code nextCursor} is the next {@code starting_after} as text, so
 * {@link #pages} and {@link #items} serve both.
 */
public final class Paging {

    /** Fetches the page that starts after {@code cursor} ({@code null} for the first page). */
    @FunctionalInterface
    public interface PageFetcher<T> {
        Page<T> fetch(String cursor);
    }

    private Paging() {
    }

    /** A page of a cursor-paged list: the next cursor is the last item's id when the page was full. */
    public static <T> Page<T> byCursor(List<T> items, int limit, Function<T, String> idOf) {
        String next = items.size() >= limit && !items.isEmpty() ? idOf.apply(items.get(items.size() - 1)) : null;
        return new Page<>(items, next);
    }

    /**
     * A page of an offset-paged list that started at {@code offset}. When the server says how many there are in
     * all ({@code total}, or {@code null}), that decides whether more follow; otherwise a full page does.
     */
    public static <T> Page<T> byOffset(List<T> items, int offset, int limit, Integer total) {
        int nextOffset = offset + items.size();
        boolean more = total != null ? nextOffset < total : items.size() >= limit && !items.isEmpty();
        return new Page<>(items, more ? Integer.toString(nextOffset) : null);
    }

    /**
     * A lazy stream of pages: each page is fetched only when the stream asks for it, so a caller that stops (or
     * closes the stream) stops the requests. Once {@code cancellation} is cancelled, asking for another page throws
     * {@link io.accountsdesk.client.http.ApiException.Cancelled}.
     */
    public static <T> Stream<Page<T>> pages(PageFetcher<T> fetcher, Cancellation cancellation) {
        Iterator<Page<T>> iterator = new Iterator<>() {
            private String cursor;
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Page<T> next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                cancellation.throwIfCancelled("Listing stopped before the next page.");
                Page<T> page = fetcher.fetch(cursor);
                cursor = page.nextCursor();
                done = !page.hasMore();
                return page;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    /** Every item of every page, fetched lazily. */
    public static <T> Stream<T> items(PageFetcher<T> fetcher, Cancellation cancellation) {
        return pages(fetcher, cancellation).flatMap(page -> page.items().stream());
    }
}
