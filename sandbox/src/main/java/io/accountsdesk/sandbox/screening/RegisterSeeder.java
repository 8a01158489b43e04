package io.accountsdesk.sandbox.screening;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.screening.match.MatchListings;
import io.accountsdesk.sandbox.screening.vmss.VmssListings;
import io.accountsdesk.sandbox.store.DocumentStore;

/**
 * Fills the MATCH and VMSS registers with {@link TerminatedMerchants} the first time a database is started, in one
 * transaction. A restart finds them and leaves the registers (and whatever was reported since) alone;
 * {@code --reset} drops the database, so the next start seeds again, identically.
 *
 * <p>Each register's seeded listings are one document (see {@link MatchListings#SEEDED_KIND}): every sandbox start
 * on a fresh database pays for seeding, and two inserts cost far less than some four hundred. The documents are
 * built once per JVM.
 */
public final class RegisterSeeder {

    /** Bump when the seeded listings change; an older register is then replaced on the next start. */
    static final int VERSION = 1;
    static final String ID = "v" + VERSION;

    private RegisterSeeder() {
    }

    /** What the registers were seeded with. */
    public record Outcome(boolean seededNow, int matchListings, int vmssListings) {
    }

    public static Outcome ensure(DocumentStore store) {
        return store.inTransaction(tx -> {
            var match = tx.get(MatchListings.SEEDED_KIND, MatchListings.OWNER, ID);
            var vmss = tx.get(VmssListings.SEEDED_KIND, VmssListings.OWNER, ID);
            if (match.isPresent() && vmss.isPresent()) {
                return new Outcome(false, match.get().path("listings").size(), vmss.get().path("listings").size());
            }
            Registers registers = Registers.INSTANCE;
            ObjectNode matchRegister = registers.match();
            ObjectNode vmssRegister = registers.vmss();
            tx.put(MatchListings.SEEDED_KIND, MatchListings.OWNER, ID, matchRegister);
            tx.put(VmssListings.SEEDED_KIND, VmssListings.OWNER, ID, vmssRegister);
            return new Outcome(true, matchRegister.path("listings").size(), vmssRegister.path("listings").size());
        });
    }

    /**
     * The seeded documents, built once per JVM: they depend on nothing but the code, and a test run starts many
     * sandboxes on fresh databases. Never changed after building (they are only serialised).
     */
    private record Registers(ObjectNode match, ObjectNode vmss) {
        static final Registers INSTANCE = build();

        private static Registers build() {
            ObjectNode matchRegister = Json.object();
            ArrayNode matchListings = matchRegister.putArray("listings");
            ObjectNode vmssRegister = Json.object();
            ArrayNode vmssListings = vmssRegister.putArray("listings");
            for (TerminatedMerchants.Merchant m : TerminatedMerchants.all()) {
                if (m.inMatch()) {
                    matchListings.add(MatchListings.fromSeed(m, m.index()));
                }
                if (m.inVmss()) {
                    vmssListings.add(VmssListings.fromSeed(m));
                }
            }
            vmssListings.add(VmssListings.seedExample());
            return new Registers(matchRegister, vmssRegister);
        }
    }
}
