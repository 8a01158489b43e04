package io.accountsdesk.client.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CursorPagerTest {

    private final List<String> ids = IntStream.range(0, 23).mapToObj(i -> "id-" + i).toList();
    private final List<String> cursorsAsked = new ArrayList<>();

    private List<String> fetch(String cursor, int limit) {
        cursorsAsked.add(cursor);
        int from = cursor == null ? 0 : ids.indexOf(cursor) + 1;
        return ids.subList(from, Math.min(ids.size(), from + limit));
    }

    @Test
    void walksEveryPageOnceFollowingTheLastId() {
        List<String> all = CursorPager.items(this::fetch, 10, Function.identity()).toList();
        assertThat(all).isEqualTo(ids);
        assertThat(cursorsAsked).containsExactly(null, "id-9", "id-19");
    }

    @Test
    void isLazySoACallerThatStopsStopsTheRequests() {
        List<String> firstTwelve = CursorPager.items(this::fetch, 10, Function.identity()).limit(12).toList();
        assertThat(firstTwelve).hasSize(12);
        assertThat(cursorsAsked).containsExactly(null, "id-9");
    }

    @Test
    void aFullLastPageCostsOneEmptyRequest() {
        List<Page<String>> pages = CursorPager.pages(this::fetch, 23, Function.identity()).toList();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).items()).isEmpty();
        assertThat(pages.get(1).hasMore()).isFalse();
    }
}
