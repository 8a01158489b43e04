package io.accountsdesk.sandbox.screening;

import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.screening.match.MatchListings;
import io.accountsdesk.sandbox.screening.match.MatchRoutes;
import io.accountsdesk.sandbox.screening.vmss.VmssListings;
import io.accountsdesk.sandbox.screening.vmss.VmssRoutes;
import io.accountsdesk.sandbox.store.DocumentStore;

/**
 * Screening a merchant against the card schemes' registers of terminated merchants: Mastercard MATCH and Visa VMSS
 * (endpoints.tsv rows 118–121). Makes sure both registers are seeded ({@link RegisterSeeder}), then registers the
 * routes of each.
 */
public final class ScreeningRoutes {

    private final MatchRoutes match;
    private final VmssRoutes vmss;

    public ScreeningRoutes(SandboxContext context) {
        DocumentStore documents = context.documents();
        RegisterSeeder.ensure(documents);
        Sequences sequences = new Sequences(documents);
        this.match = new MatchRoutes(new RegisterContext(documents, new Register(documents, MatchListings.SEEDED_KIND,
                MatchListings.KIND, MatchListings.OWNER), sequences, context.clock()));
        this.vmss = new VmssRoutes(new RegisterContext(documents, new Register(documents, VmssListings.SEEDED_KIND,
                VmssListings.KIND, VmssListings.OWNER), sequences, context.clock()));
    }

    public void register(RouteTable routes) {
        match.register(routes);
        vmss.register(routes);
    }
}
