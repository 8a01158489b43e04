package io.accountsdesk.client.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a list endpoint that pages with {@code starting_after} cursors. The API returns a bare array, so a full page
 * ({@code limit} items) means there may be more, and the last item's id is the next cursor.
 */
public final class CursorPager {

    /** Fetches the page that starts after {@code cursor} ({@code null} for the first page). */
    @FunctionalInterface
    public interface PageFetcher<T> {
        List<T> fetch(String cursor, int limit);
    }

    private CursorPager() {
    }

    /** Wraps one fetched batch as a {@link Page}. */
    public static <T> Page<T> page(List<T> items, int limit, Function<T, String> idOf) {
        String next = items.size() >= limit && !items.isEmpty() ? idOf.apply(items.get(items.size() - 1)) : null;
        return new Page<>(items, next);
    }

    /**
     * A lazy stream of pages: each page is fetched only when the stream asks for it, so a caller that stops (or
     * closes the stream) stops the requests.
     */
    public static <T> Stream<Page<T>> pages(PageFetcher<T> fetcher, int limit, Function<T, String> idOf) {
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
                Page<T> page = page(fetcher.fetch(cursor, limit), limit, idOf);
                cursor = page.nextCursor();
                done = !page.hasMore();
                return page;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    /** Every item of every page, fetched lazily. */
    public static <T> Stream<T> items(PageFetcher<T> fetcher, int limit, Function<T, String> idOf) {
        return pages(fetcher, limit, idOf).flatMap(page -> page.items().stream());
    }
}
