package io.accountsdesk.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What screening writes in an account's log reads back as the same event, in either language. */
class ScreeningEventTest {

    @Test
    void anInquiryAndADecisionReadBackAsWritten() {
        Messages english = Messages.load(Locale.ENGLISH);
        var inquiry = new ScreeningEvent.Inquiry(Register.MATCH, "19962026120700001", 3);
        assertThat(inquiry.body(english)).startsWith("Screening: MATCH search 19962026120700001 found 3 possible");
        assertThat(ScreeningEvent.parse(inquiry.body(english))).contains(inquiry);

        var decision = new ScreeningEvent.Decision(Outcome.ESCALATE, Register.VMSS, "SRCH00012",
                "Director's name sounds like a listed principal.\nAsk for a passport copy.");
        String body = decision.body(Messages.load(Locale.of("nb")));
        assertThat(body).startsWith("Screeningbeslutning: Eskaler");
        assertThat(ScreeningEvent.parse(body)).contains(decision);
    }

    @Test
    void anInquiryKeepsWhatItSentOnALineOfItsOwn() {
        String sent = "{\"business_name\":\"Kjøkkenet Bergen AS\",\"address\":{\"city\":\"Bergen\"}}";
        var inquiry = new ScreeningEvent.Inquiry(Register.MATCH, "19962026120700002", 1, sent);
        String body = inquiry.body(Messages.load(Locale.ENGLISH));
        assertThat(body.lines()).hasSize(3);
        assertThat(ScreeningEvent.parse(body)).contains(inquiry);
    }

    @Test
    void anOrdinaryNoteIsNoScreening() {
        assertThat(ScreeningEvent.parse("Called the merchant about the logo.")).isEmpty();
        assertThat(ScreeningEvent.parse("[screening kind=decision outcome=maybe register=match ref=1]")).isEmpty();
        assertThat(ScreeningEvent.parse(null)).isEmpty();
    }
}
