package io.accountsdesk.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestNumbers;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.access.roles.HostileRoleBodies;
import io.accountsdesk.app.approvals.HostileApprovalBodies;
import io.accountsdesk.app.approvals.PaymentApplicationForm;
import io.accountsdesk.app.approvals.SellerForm;
import io.accountsdesk.app.access.roles.RolesViewModel;
import io.accountsdesk.app.access.team.InviteForm;
import io.accountsdesk.app.access.team.TeamViewModel;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.onboarding.NewAccountForm;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.http.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The app's checks and the sandbox's agree on what a request may hold. For each operation a complete, valid body is
 * made through the app's own form, one field is given a generated value (hostile text or a value at a limit of the
 * seed: lengths, formats, codes), and the form's verdict is compared with the sandbox's answer to the very body the
 * form makes (sent through the api-client even when the form refuses it). The seed is the contract: where the server
 * is stricter, the form is missing a check and the user would only learn of it after sending.
 *
 * <p>Disagreements on purpose (the form stricter than the server, for the user's good) are listed in
 * {@link #ON_PURPOSE} with their reason, by operation, field and direction; exactly those are excluded, and any
 * other fails the property with the value that shows it. Seen failing: the first run, with the table empty and
 * {@code -Ddifferential.discover=true} (which prints each disagreement instead of failing on the first), printed
 * 48 disagreements, every one now covered by a row below; a second run of 600 tries found two more
 * ({@code invitation_note}, {@code applicant.first_name}), added too. None was the server being stricter on a field
 * the form sends, so no validator needed fixing. The payment application, added later, found one in 600 tries: a
 * country changed to SE after a Norwegian organisation number was typed passed the form and the sandbox refused it,
 * because the number was not checked again by the new country's rules (the approvals forms now do). The team
 * invitation agreed on all of 500 tries. The seller (payout destination), added last, differed only on the bank
 * account fields it shares with the payment application, in 500 tries; its body is also checked by the API client
 * before sending, and where that refuses there is no server verdict, but the form must refuse it as well:
 *
 * <table>
 *   <caption>Disagreements on purpose</caption>
 *   <tr><th>operation</th><th>field</th><th>who is stricter</th><th>why</th></tr>
 *   <tr><td>account create</td><td>company.organization_number</td><td>client</td><td>asked for, and its Nordic
 *       check digits checked; the seed leaves it an optional string</td></tr>
 *   <tr><td>account create</td><td>company/applicant.phone_number</td><td>client</td><td>E.164, what SMS and the
 *       providers need; the seed's is free text</td></tr>
 *   <tr><td>account create</td><td>company.merchant_category_code</td><td>client</td><td>four digits (ISO 18245)
 *       </td></tr>
 *   <tr><td>account create</td><td>company.address.*</td><td>client</td><td>a postal address with an ISO 3166
 *       country, for the providers' KYC</td></tr>
 *   <tr><td>account create</td><td>billing.*</td><td>client</td><td>not sent while billing is the company's, checked
 *       all the same</td></tr>
 *   <tr><td>account create</td><td>applicant.first_name, applicant.last_name</td><td>client</td><td>the applicant
 *       signs, so has a name</td></tr>
 *   <tr><td>account create</td><td>custom_price_package.*, invite_users.*, invitation_note</td><td>client</td><td>sent by their own
 *       calls afterwards</td></tr>
 *   <tr><td>account create</td><td>price_package</td><td>server</td><td>only the server knows which packages exist;
 *       the wizard offers those as the only choices</td></tr>
 *   <tr><td>payment application</td><td>bank_accounts[0].bank_account_number</td><td>client</td><td>a number of
 *       blanks is no number</td></tr>
 *   <tr><td>payment application</td><td>bank_accounts[0].*currency</td><td>client</td><td>ISO 4217, three
 *       capitals</td></tr>
 *   <tr><td>seller create</td><td>bank_accounts[0].bank_account_number, *currency</td><td>client</td><td>the
 *       payment application's bank account fields, the same reasons</td></tr>
 *   <tr><td>seller create, payment application</td><td>country codes</td><td>client</td><td>asked in capitals, as
 *       everywhere; sent in capitals anyway</td></tr>
 *   <tr><td>role create</td><td>name</td><td>client</td><td>roles are chosen by name</td></tr>
 * </table>
 *
 * <p>Its seed is fixed, so CI sees the same bodies each run and a new disagreement shows where code changed, not by
 * chance; to look further, run it with another {@code seed} in {@code @Property} and {@code -Ddifferential.discover}.
 */
class ValidationDifferentialTest {

    enum Stricter { CLIENT, SERVER }

    record Disagreement(String operation, String field, Stricter stricter) {
    }

    /** A disagreement kept on purpose: on operations matching {@code operation}, fields matching {@code fields}. */
    record OnPurpose(String operation, String fields, Stricter stricter, String why) {
        boolean covers(Disagreement found) {
            return found.operation().matches(operation) && stricter == found.stricter()
                    && found.field().matches(fields);
        }
    }

    /** Each disagreement kept on purpose, with its reason; the class comment shows the same table. */
    static final List<OnPurpose> ON_PURPOSE = List.of(
            new OnPurpose("account create", "company\\.organization_number", Stricter.CLIENT,
                    "the form asks for the number and checks its Nordic check digits; the seed leaves it an optional"
                            + " string of at most 32, but an account without a valid number cannot be onboarded"),
            new OnPurpose("account create", "(company|applicant)\\.phone_number", Stricter.CLIENT,
                    "the form wants E.164 (what SMS codes and the providers need); the seed's phone_number is free"
                            + " text"),
            new OnPurpose("account create", "company\\.merchant_category_code", Stricter.CLIENT,
                    "the form wants the four digits of an ISO 18245 code; the seed types it as a string"),
            new OnPurpose("account create", "company\\.address\\.(address_line|postal_code|postal_place|country)",
                    Stricter.CLIENT, "the wizard asks for a postal address with an ISO 3166 country, which the"
                            + " providers' KYC needs; the seed leaves the address optional and only asks two capitals"),
            new OnPurpose("account create", "billing\\..*", Stricter.CLIENT,
                    "billing is not sent while it is the company's (the default); what was typed there is checked"
                            + " all the same, so turning own billing on holds no surprise"),
            new OnPurpose("account create", "custom_price_package\\..*|invite_users\\..*|invitation_note",
                    Stricter.CLIENT,
                    "a custom package and the invitations are sent by their own calls after the account exists, not"
                            + " in this body"),
            new OnPurpose("account create", "applicant\\.(first_name|last_name)", Stricter.CLIENT,
                    "the applicant is the person who signs the agreement, so the wizard asks for a name; the seed"
                            + " leaves both names optional"),
            new OnPurpose("account create", "price_package", Stricter.SERVER,
                    "whether a price package exists is the server's to know: the wizard offers the partner's"
                            + " packages as the only choices, and the sandbox refuses an id it does not hold"),
            new OnPurpose("(seller create|payment application)", "country_code|bank_accounts\\[0]\\"
                    + ".bank_account_country_code", Stricter.CLIENT,
                    "country codes are asked in capitals, as in every form of the app; the approvals forms would"
                            + " send a lower-case code in capitals all the same, so the sandbox sees NO for no"),
            new OnPurpose("seller create", "bank_accounts\\[0]\\.bank_account_number", Stricter.CLIENT,
                    "the same bank account fields as the payment application's: a number of blanks is no number"),
            new OnPurpose("seller create", "bank_accounts\\[0]\\.(bank_account_currency|payout_currency)",
                    Stricter.CLIENT, "the same bank account fields as the payment application's: ISO 4217 codes"),
            new OnPurpose("payment application", "bank_accounts\\[0]\\.bank_account_number", Stricter.CLIENT,
                    "the form strips what is typed, so a number of blanks is no number and is asked for; the seed"
                            + " only asks for a string"),
            new OnPurpose("payment application", "bank_accounts\\[0]\\.(bank_account_currency|payout_currency)",
                    Stricter.CLIENT, "currencies are ISO 4217 codes, three capitals, as the providers pay out in"
                            + " them; the seed's example is NOK and it names no pattern"),
            new OnPurpose("role create", "name", Stricter.CLIENT,
                    "the seed leaves a role's name optional; roles are listed and chosen by name, so the editor asks"
                            + " for one"));

    private static final Messages MESSAGES = Messages.load(Locale.ENGLISH);

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> atLimits = Arbitraries.of(
                "x".repeat(31), "x".repeat(32), "x".repeat(33), "x".repeat(199), "x".repeat(200), "x".repeat(201),
                "x".repeat(255), "x".repeat(256), "😀".repeat(100), "😀".repeat(101), "é".repeat(200),
                "a@b.no", "a@b", "a b@c.no", "@b.no", "a@@b.no", "ola.nordmann@example.com", " a@b.no ",
                "+4791234567", "91234567", "+47 912 34 567", "+0123456", "+123456789012345", "+1234567890123456",
                "NO", "no", "SE", "XX", "ZZ", "NOR", "N", "nb", "en-GB", "english", "e", "5812", "581", "58123",
                "0155", "-1", "0", String.valueOf(Long.MAX_VALUE), "NaN");
        return Arbitraries.oneOf(atLimits, HostileText.any());
    }

    @Provide
    Arbitrary<Integer> which() {
        return Arbitraries.integers().between(0, 10_000);
    }

    // ---- account create (the wizard's form, POST /accounts) ----------------------------------------------------------

    @Property(tries = 150, seed = "20261207")
    void accountCreate(@ForAll("which") int which, @ForAll("values") String value) {
        NewAccountForm application = new NewAccountForm(MESSAGES);
        Form form = application.form();
        Map.of("company.business_name", "Differential AS",
                "company.organization_number", TestNumbers.norwegianOrganisationNumber(),
                "company.address.address_line", "Storgata 1", "company.address.postal_code", "0155",
                "company.address.postal_place", "Oslo", "company.phone_number", "+47 22 33 44 55",
                "company.email", "post@example.no", "applicant.first_name", "Kari",
                "applicant.last_name", "Nordmann", "applicant.email", "kari@example.no")
                .forEach((path, text) -> field(form, path).set(text));
        assertThat(form.validProperty().get()).as("the complete application passes").isTrue();
        differ("account create", form, HostileForms.textFields(form), which, value,
                () -> HostileSandbox.get().session().client().accounts().create(application.toNewAccount()));
    }

    // ---- role create (the role editor, POST /accounts/{oid}/auth/roles) ----------------------------------------------

    @Property(tries = 80, seed = "20261207")
    void roleCreate(@ForAll("which") int which, @ForAll("values") String value) {
        TestServices test = HostileSandbox.services();
        RolesViewModel roles = new RolesViewModel(test.services);
        roles.newRole();
        Form form = roles.editor().form();
        roles.editor().name().set("Differential role");
        roles.editor().scopes().select(List.of("read:accounts"));
        assertThat(form.validProperty().get()).as("the complete role passes").isTrue();
        ApiClient api = HostileSandbox.get().session().client();
        differ("role create", form, HostileForms.textFields(form), which, value,
                () -> api.roles().create(HostileRoleBodies.request(roles.editor())));
        roles.dispose();
    }

    // ---- payment application (the approvals form, POST /accounts/{aid}/management/settings/approvals/payments) -----

    @Property(tries = 120, seed = "20261208")
    void paymentApplication(@ForAll("which") int which, @ForAll("values") String value) {
        TestServices test = HostileSandbox.services();
        ApiClient partner = HostileSandbox.get().session().client();
        String aid = oneOfFiveAccounts(partner, which);
        PaymentApplicationForm application = HostileApprovalBodies.filledApplication(test.services, aid);
        Form form = application.form();
        assertThat(form.validProperty().get()).as("the complete application passes").isTrue();
        differ("payment application", form, HostileForms.textFields(form), which / 5, value,
                () -> partner.actingOn(aid).approvals()
                        .applyForPayments(aid, HostileApprovalBodies.request(application)));
        application.close();
    }

    // ---- seller (the approvals form, POST /accounts/{aid}/management/settings/approvals/payout-destinations) ------

    @Property(tries = 100, seed = "20261208")
    void sellerCreate(@ForAll("which") int which, @ForAll("values") String value) {
        TestServices test = HostileSandbox.services();
        ApiClient partner = HostileSandbox.get().session().client();
        String aid = oneOfFiveAccounts(partner, which);
        SellerForm seller = HostileApprovalBodies.filledSeller(test.services, aid);
        Form form = seller.form();
        assertThat(form.validProperty().get()).as("the complete seller passes").isTrue();
        differ("seller create", form, HostileForms.textFields(form), which / 5, value,
                () -> partner.actingOn(aid).approvals().createPayoutDestination(aid,
                        HostileApprovalBodies.request(seller)));
        seller.close();
    }

    // ---- team invite (the Team screen's invitation, POST /accounts/{oid}/management/users) -------------------------

    @Property(tries = 100, seed = "20261208")
    void teamInvite(@ForAll("which") int which, @ForAll("values") String value) {
        TestServices test = HostileSandbox.services();
        ApiClient api = HostileSandbox.get().session().client();
        TeamViewModel team = new TeamViewModel(test.services);
        InviteForm invite = team.invite();
        invite.email().set("differential." + System.nanoTime() + "@example.no");
        invite.name().set("Differential Person");
        invite.role().set(api.roles().list(io.accountsdesk.client.roles.RoleQuery.all(), null).items().get(0).id());
        assertThat(invite.form().validProperty().get()).as("the complete invitation passes").isTrue();
        // The role is chosen from a list, never typed.
        differ("team invite", invite.form(), List.of(invite.email(), invite.name()), which, value,
                () -> api.users().create(invite.request(), true));
        team.dispose();
    }

    // ------------------------------------------------------------------------------------------------------------------

    /** One of the sandbox's first five accounts, chosen by {@code which}: the approvals forms act on one. */
    private static String oneOfFiveAccounts(ApiClient partner, int which) {
        return partner.accounts().list(io.accountsdesk.client.accounts.AccountQuery.all().withLimit(5), null)
                .items().get(Math.floorMod(which, 5)).accountId();
    }

    @SuppressWarnings("unchecked")
    private static FormField<String> field(Form form, String path) {
        return (FormField<String>) form.fields().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + path));
    }

    /**
     * Types {@code value} into one of {@code fields} (chosen by {@code which}), then compares the form's verdict with
     * the sandbox's answer to what {@code send} sends.
     */
    private static void differ(String operation, Form form, List<FormField<String>> fields, int which, String value,
                               Runnable send) {
        FormField<String> field = fields.get(Math.floorMod(which, fields.size()));
        field.set(value);
        boolean client = form.validProperty().get();
        Boolean server = accepted(send);
        if (server == null) {
            // The API client checks some bodies itself before sending (the seller's, say): nothing reached the
            // sandbox, so there is no server verdict, but the form must not pass what the client refuses.
            if (client) {
                throw new AssertionError(operation + ": the form passes what the API client refuses, in "
                        + field.path() + " = [" + value + "]");
            }
            return;
        }
        compare(operation, field, value, client, server);
    }

    /**
     * The server's verdict on validation: a 400 (or 422) refuses; a success, or a refusal for another reason, not;
     * {@code null} when the API client refused the body before sending it.
     */
    private static Boolean accepted(Runnable send) {
        try {
            send.run();
            return true;
        } catch (io.accountsdesk.client.http.InvalidParameterException notSent) {
            return null;
        } catch (ApiException.Validation refused) {
            return false;
        } catch (ApiException conflict) {
            if (conflict.status() == 409) {
                return true; // checked and found valid, then refused as already there (an address invited before)
            }
            throw conflict;
        }
    }

    private static void compare(String operation, FormField<String> field, String value, boolean client,
                                boolean server) {
        Statistics.label("verdicts").collect(client == server ? (client ? "both accept" : "both refuse")
                : client ? "only the server refuses" : "only the client refuses");
        if (client == server) {
            return;
        }
        Disagreement found = new Disagreement(operation, field.path(), client ? Stricter.SERVER : Stricter.CLIENT);
        if (ON_PURPOSE.stream().anyMatch(rule -> rule.covers(found))) {
            return;
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
        String why = found + " for [" + shown.replaceAll("\\p{Cntrl}", "?") + "]: the form says "
                + (client ? "yes" : "no: " + field.errorProperty().get()) + ", the sandbox "
                + (server ? "accepted it" : "refused it");
        if (System.getProperty("differential.discover") != null) {
            System.out.println("UNEXPECTED " + why);
            return;
        }
        throw new AssertionError(why);
    }
}
