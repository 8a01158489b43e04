package io.accountsdesk.app.security;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * What every hostile-input property class shares: the sandbox's access log read for what the forms sent, from
 * before the first try to after the last, and the hostile typing the tries are made of.
 */
public abstract class HostileInputProperties {

    /** What the forms sent to the shared sandbox, read from its access log. */
    protected static HostileRequests requests;

    @BeforeContainer
    static void listenToTheSandbox() {
        requests = HostileRequests.listen(HostileSandbox.get().sandbox());
    }

    @AfterContainer
    static void stopListening() {
        requests.close();
    }

    @Provide
    Arbitrary<List<HostileText.Typing>> typing() {
        return HostileText.typings();
    }
}
