package io.accountsdesk.client.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.Cancellation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final List<String> ids = IntStream.range(0, 23).mapToObj(i -> "id-" + i).toList();
    private final List<String> cursorsAsked = new ArrayList<>();

    private Page<String> byCursor(String cursor, int limit) {
        cursorsAsked.add(cursor);
        int from = cursor == null ? 0 : ids.indexOf(cursor) + 1;
        return Paging.byCursor(ids.subList(from, Math.min(ids.size(), from + limit)), limit, Function.identity());
    }

    private Page<String> byOffset(String cursor, int limit, boolean tellTotal) {
        cursorsAsked.add(cursor);
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        return Paging.byOffset(ids.subList(from, Math.min(ids.size(), from + limit)), from, limit,
                tellTotal ? ids.size() : null);
    }

    @Test
    void cursorPagingWalksEveryPageOnceFollowingTheLastId() {
        List<String> all = Paging.items(cursor -> byCursor(cursor, 10), Cancellation.NEVER).toList();
        assertThat(all).isEqualTo(ids);
        assertThat(cursorsAsked).containsExactly(null, "id-9", "id-19");
    }

    @Test
    void isLazySoACallerThatStopsStopsTheRequests() {
        List<String> firstTwelve = Paging.items(cursor -> byCursor(cursor, 10), Cancellation.NEVER).limit(12).toList();
        assertThat(firstTwelve).hasSize(12);
        assertThat(cursorsAsked).containsExactly(null, "id-9");
    }

    @Test
    void aFullLastCursorPageCostsOneEmptyRequest() {
        List<Page<String>> pages = Paging.pages(cursor -> byCursor(cursor, 23), Cancellation.NEVER).toList();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).items()).isEmpty();
        assertThat(pages.get(1).hasMore()).isFalse();
    }

    @Test
    void offsetPagingGoesThroughTheSameWalkWithIntegerCursors() {
        List<String> all = Paging.items(cursor -> byOffset(cursor, 10, false), Cancellation.NEVER).toList();
        assertThat(all).isEqualTo(ids);
        assertThat(cursorsAsked).containsExactly(null, "10", "20");
    }

    @Test
    void aKnownTotalSavesTheEmptyLastRequest() {
        List<Page<String>> pages = Paging.pages(cursor -> byOffset(cursor, 23, true), Cancellation.NEVER).toList();
        assertThat(pages).hasSize(1);
        assertThat(cursorsAsked).containsExactly((String) null);
    }

    @Test
    void aCancelledWalkThrowsInsteadOfEndingQuietly() {
        Cancellation cancellation = Cancellation.create();
        Iterator<String> items = Paging.items(cursor -> byCursor(cursor, 10), cancellation).iterator();
        for (int i = 0; i < 10; i++) {
            items.next();
        }
        cancellation.cancel();
        assertThatThrownBy(items::next).isInstanceOf(ApiException.Cancelled.class);
        assertThat(cursorsAsked).containsExactly((String) null);
    }
}
