package io.accountsdesk.client.screening.match;

import static io.accountsdesk.client.MockApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.Cancellation;
import io.accountsdesk.client.http.InvalidParameterException;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.client.screening.ScreeningFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** MATCH over HTTP, against a mock server because the sandbox does not serve screening yet. */
class MatchApiTest {

    private static final String AID = "T12345678";
    private static final String SEARCH_PATH = "/v1/accounts/T12345678/compliance-search/match";

    private final MockApi mock = new MockApi();
    private final MatchApi api = new MatchApi(mock.transport, "T12300000");
    /** The {@code starting_after} of each request the dispatcher served, {@code null} when absent. */
    private final List<String> offsetsAsked = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void searchPostsTheInquiryWithOffsetAndLimitAndReturnsAPage() throws Exception {
        mock.answer(ScreeningFixtures.body("match-result-pascal.json"));

        Page<TerminatedMerchant> page = api.search(AID, request(), 0, 1);

        RecordedRequest sent = mock.take();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getUrl().encodedPath()).isEqualTo(SEARCH_PATH);
        assertThat(sent.getUrl().queryParameter("limit")).isEqualTo("1");
        assertThat(sent.getUrl().queryParameter("starting_after")).isEqualTo("0");
        JsonNode body = body(sent);
        assertThat(body.at("/merchant/business_name").asText()).isEqualTo("Fjord Kaffe AS");
        assertThat(body.at("/merchant/principals/0/address/address_line").asText()).isEqualTo("Bakkeveien 3");
        assertThat(body.at("/search_criteria/region/0").asText()).isEqualTo("D");
        assertThat(body.at("/merchant/principals/0").has("date_of_birth")).isFalse();
        assertThat(page.items()).extracting(m -> m.merchant().name()).containsExactly("FJORD KAFFE AS");
        assertThat(page.nextCursor()).isEqualTo("1"); // TotalLength 2, one seen
    }

    @Test
    void pagingValuesLeftOutAreNotSent() throws Exception {
        mock.answer(ScreeningFixtures.body("match-result-pascal.json"));

        api.search(AID, request(), null, null);

        HttpUrl url = mock.take().getUrl();
        assertThat(url.queryParameterNames()).isEmpty();
    }

    @Test
    void pagingValuesOutsideTheSeedsBoundsFailBeforeAnythingIsSent() {
        assertThatThrownBy(() -> api.search(AID, request(), -1, 20))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("starting_after");
        assertThatThrownBy(() -> api.search(AID, request(), 0, 0))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("limit");
        assertThatThrownBy(() -> api.inquiry(AID, "1996", 0, 101))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("limit");
        assertThat(mock.server.getRequestCount()).isZero();
    }

    @Test
    void theBoundsThemselvesAreAllowed() throws Exception {
        mock.answer(ScreeningFixtures.body("match-result-pascal.json"));
        mock.answer(ScreeningFixtures.body("match-result-pascal.json"));

        api.search(AID, request(), 0, 1);
        api.search(AID, request(), 5, 100);

        assertThat(mock.take().getUrl().queryParameter("limit")).isEqualTo("1");
        assertThat(mock.take().getUrl().queryParameter("limit")).isEqualTo("100");
    }

    @Test
    void streamWalksEveryOffsetUntilTheTotalIsReached() {
        mock.server.setDispatcher(pagesOf(230, true));

        List<String> names = api.stream(AID, request(), Cancellation.NEVER)
                .map(m -> m.merchant().name()).toList();

        assertThat(names).hasSize(230).startsWith("M0", "M1").endsWith("M229");
        assertThat(offsetsAsked).containsExactly(null, "100", "200");
    }

    @Test
    void withoutATotalAShortPageEndsTheStream() {
        mock.server.setDispatcher(pagesOf(130, false));

        assertThat(api.stream(AID, request(), Cancellation.NEVER).count()).isEqualTo(130);
        assertThat(offsetsAsked).containsExactly(null, "100");
    }

    @Test
    void anEmptyPageEndsTheStreamEvenWhenTheTotalPromisesMore() {
        mock.answer("{\"starting_after\":0,\"inquiry_reference_number\":\"1\","
                + "\"possible_matches\":[{\"TotalLength\":50,\"TerminatedMerchant\":[]}]}");

        assertThat(api.stream(AID, request(), Cancellation.NEVER).count()).isZero();
        assertThat(mock.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aCancelledStreamAsksForNoFurtherPage() {
        mock.server.setDispatcher(pagesOf(230, true));
        Cancellation cancellation = Cancellation.create();
        Iterator<TerminatedMerchant> walk = api.stream(AID, request(), cancellation).iterator();
        for (int i = 0; i < 100; i++) {
            walk.next();
        }

        cancellation.cancel();

        assertThatThrownBy(walk::next).isInstanceOf(ApiException.Cancelled.class);
        assertThat(offsetsAsked).containsExactly((String) null);
    }

    @Test
    void anEarlierInquiryIsFetchedByItsIrnAndMayComeInSnakeCase() throws Exception {
        mock.answer(ScreeningFixtures.body("match-result-snake.json"));

        Page<TerminatedMerchant> page = api.inquiry(AID, "19962014090200009", 0, 20);

        RecordedRequest sent = mock.take();
        assertThat(sent.getMethod()).isEqualTo("GET");
        assertThat(sent.getUrl().encodedPath()).isEqualTo(SEARCH_PATH + "/19962014090200009");
        assertThat(sent.getUrl().queryParameter("starting_after")).isEqualTo("0");
        assertThat(page.items()).extracting(m -> m.merchant().principals().get(0).lastName())
                .containsExactly("NORDMANN");
        assertThat(page.nextCursor()).isEqualTo("1"); // the snake_case total (2) is read and counts
    }

    @Test
    void anIrnThatIsNotAnIntegerFailsBeforeAnythingIsSent() {
        for (String irn : List.of("abc", "1996-20", "../terminate", "12 34", "-5")) {
            assertThatThrownBy(() -> api.inquiry(AID, irn, null, null))
                    .as(irn)
                    .isInstanceOf(InvalidParameterException.class)
                    .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("irn");
        }
        assertThatThrownBy(() -> api.inquiry(AID, null, null, null)).isInstanceOf(InvalidParameterException.class);
        assertThat(mock.server.getRequestCount()).isZero();
    }

    @Test
    void aTerminatedMerchantIsReportedAndItsReferenceReturned() throws Exception {
        mock.answer("{\"merchant_reference_number\":19962015072000000}");
        MatchTerminationRequest report = new MatchTerminationRequest(
                new MatchTerminationMerchant("Fjord Kaffe AS", "Fjord Kaffe", "https://fjordkaffe.no", address(),
                        List.of(new MatchPrincipal("Kari", "Nordmann", address())), "22334455", "1234567890", "5814",
                        "N"),
                new MatchTermination("13", LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31), "Added due to fraud"));

        MatchTerminationResult result = api.terminate(AID, report);

        RecordedRequest sent = mock.take();
        assertThat(sent.getUrl().encodedPath()).isEqualTo(SEARCH_PATH + "/terminate");
        JsonNode body = body(sent);
        assertThat(body.at("/termination/agreement_termination_date").asText()).isEqualTo("2013-12-31");
        assertThat(body.at("/termination/termination_reason").asText()).isEqualTo("13");
        assertThat(body.at("/merchant/cat_flag").asText()).isEqualTo("N");
        assertThat(result.merchantReferenceNumber()).isEqualTo(19962015072000000L);
    }

    /** Serves {@code count} generated matches by {@code starting_after} and {@code limit}, as MATCH pages them. */
    private Dispatcher pagesOf(int count, boolean tellTotal) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String after = request.getUrl().queryParameter("starting_after");
                offsetsAsked.add(after);
                int from = after == null ? 0 : Integer.parseInt(after);
                String limit = request.getUrl().queryParameter("limit");
                int size = limit == null ? MatchApi.DEFAULT_LIMIT : Integer.parseInt(limit);
                List<TerminatedMerchant> page = IntStream.range(from, Math.min(count, from + size))
                        .mapToObj(i -> MatchResultNamingTest.merchant("M" + i)).toList();
                MatchResult result = new MatchResult(from, "1996",
                        List.of(new PossibleMatches(tellTotal ? count : null, page)));
                try {
                    return MockApi.json(200, ScreeningFixtures.MAPPER.writeValueAsString(result));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static MatchAddress address() {
        return new MatchAddress("Bakkeveien 3", null, "Bergen", "5003", "NOR");
    }

    private static MatchSearchRequest request() {
        return new MatchSearchRequest(
                new MatchMerchant("Fjord Kaffe AS", "Fjord Kaffe", "https://fjordkaffe.no", address(),
                        List.of(new MatchPrincipal("Kari", "Nordmann", address())), "22334455"),
                new MatchSearchCriteria("N", List.of("D"), List.of("NOR")));
    }
}
