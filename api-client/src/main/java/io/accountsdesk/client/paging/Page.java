package io.accountsdesk.client.paging;

import java.util.List;

/**
 * One page of a cursor-paged list.
 *
 * @param items      the page's items, in server order
 * @param nextCursor the value to pass as {@code starting_after} for the next page, or {@code null} when this was the
 *                   last page
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
