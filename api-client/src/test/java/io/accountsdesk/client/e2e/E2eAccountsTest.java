package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountAction;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountEvent;
import io.accountsdesk.client.accounts.AccountEventQuery;
import io.accountsdesk.client.accounts.AccountEventType;
import io.accountsdesk.client.accounts.AccountManager;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.accounts.AccountServicesInput;
import io.accountsdesk.client.accounts.AccountServicesInput.ServiceFeatureInput;
import io.accountsdesk.client.accounts.AccountUpdate;
import io.accountsdesk.client.accounts.Address;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.ConnectionEvent;
import io.accountsdesk.client.accounts.ConnectionName;
import io.accountsdesk.client.accounts.ConnectionStatus;
import io.accountsdesk.client.accounts.InviteUser;
import io.accountsdesk.client.accounts.NewAccount;
import io.accountsdesk.client.accounts.NewAccountEvent;
import io.accountsdesk.client.accounts.NewConnectionEvent;
import io.accountsdesk.client.accounts.PartnerOnboardingLink;
import io.accountsdesk.client.accounts.Progression;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.connections.collector.CollectorSignup;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.Cancellation;
import io.accountsdesk.client.paging.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A partner's sub-accounts written and read through the typed client, checked by reading them back. */
class E2eAccountsTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(5);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    static NewAccount.Builder newAccount(String name) {
        Address address = new Address("Storgata 1", null, "0155", "Oslo", "NO");
        return NewAccount.builder(
                ApplicantInput.of("Ola", "Nordmann", "ola@" + name.toLowerCase().replace(' ', '-') + ".example",
                        "+4791234567"),
                new AccountCompany(name, null, "987654321", null, null, null, address, "post@shop.example",
                        null, null, null, null, null, null),
                new AccountBilling(name, "987654321", address, "billing@shop.example", "REF-1", null));
    }

    @Test
    void aCreatedAccountIsReadBackListedAndSearchable() {
        Account created = client().accounts().create(newAccount("Fjord Bakeri")
                .languageCode("nb")
                .accountManager(new AccountManager("manager@dintero.com"))
                .build());

        assertThat(created.accountId()).matches("^" + SANDBOX.partner().charAt(0) + "\\d{8}$");
        assertThat(created.partnerId()).isEqualTo(SANDBOX.partner());
        assertThat(created.progression()).isEqualTo(Progression.APPLIED);
        assertThat(created.company().businessName()).isEqualTo("Fjord Bakeri");
        assertThat(created.applicant().email()).isEqualTo("ola@fjord-bakeri.example");
        assertThat(created.connections()).isEmpty();

        Account read = client().accounts().get(created.accountId());
        assertThat(read.company()).isEqualTo(created.company());
        assertThat(read.billing()).isEqualTo(created.billing());
        assertThat(read.accountManager().email()).isEqualTo("manager@dintero.com");

        assertThat(client().accounts().list(AccountQuery.all().withSearch("Fjord Bakeri"), null).items())
                .extracting(Account::accountId).containsExactly(created.accountId());
        assertThat(client().accounts().list(AccountQuery.all()
                .withAccountManagers(List.of("manager@dintero.com")), null).items())
                .extracting(Account::accountId).contains(created.accountId());
    }

    @Test
    void anUpdateFromTheReadAccountChangesOnlyWhatItSets() {
        Account created = client().accounts().create(newAccount("Havn Kaffe").languageCode("nb").build());
        AccountCompany renamed = new AccountCompany("Havn Kaffe AS", "Havn", created.company().organizationNumber(),
                created.company().industry(), null, null, created.company().address(), created.company().email(),
                null, null, null, null, null, null);

        Account updated = client().accounts().update(created.accountId(), AccountUpdate.from(created)
                .company(renamed)
                .progression(Progression.LIVE)
                .build());

        assertThat(updated.company().businessName()).isEqualTo("Havn Kaffe AS");
        assertThat(updated.company().displayName()).isEqualTo("Havn");
        assertThat(updated.progression()).isEqualTo(Progression.LIVE);
        assertThat(updated.languageCode()).isEqualTo("nb");
        assertThat(updated.applicant().email()).isEqualTo(created.applicant().email());
        assertThat(client().accounts().get(created.accountId()).company().businessName()).isEqualTo("Havn Kaffe AS");
    }

    @Test
    void anUpdateEmptiesTheFieldsItNamesAndKeepsTheRest() {
        Account created = client().accounts().create(newAccount("Tom Butikk").build());
        AccountCompany company = created.company();
        AccountCompany withoutEmail = new AccountCompany(company.businessName(), company.displayName(),
                company.organizationNumber(), company.industry(), company.bankName(), company.accountNumber(),
                company.address(), null, company.technicalEmail(), company.phoneNumber(),
                company.merchantCategoryCode(), company.averageTransactionValue(), company.mostExpensiveProductPrice(),
                company.projectedSales());
        AccountUpdate update = AccountUpdate.from(created).company(withoutEmail).build();

        client().accounts().update(created.accountId(), update, List.of());
        assertThat(client().accounts().get(created.accountId()).company().email())
                .as("left out, so kept").isEqualTo("post@shop.example");

        Account cleared = client().accounts().update(created.accountId(), update,
                List.of("company.email", "billing.reference", "company.address.address_line_2"));
        assertThat(cleared.company().email()).isNull();
        assertThat(cleared.billing().reference()).isNull();
        assertThat(cleared.company().businessName()).isEqualTo("Tom Butikk");
        assertThat(client().accounts().get(created.accountId()).company().email()).isNull();
    }

    @Test
    void commentsAreLoggedNewestFirstAndPaged() {
        String aid = client().accounts().create(newAccount("Logg Handel").build()).accountId();
        for (int i = 1; i <= 3; i++) {
            AccountEvent added = client().accounts().addEvent(aid, NewAccountEvent.comment("note " + i));
            assertThat(added.id()).isNotBlank();
            assertThat(added.eventType()).isEqualTo(AccountEventType.COMMENT);
        }

        Page<AccountEvent> first = client().accounts().events(aid, AccountEventQuery.all().withLimit(2), null);
        assertThat(first.items()).extracting(AccountEvent::body).containsExactly("note 3", "note 2");
        assertThat(client().accounts().streamEvents(aid, AccountEventQuery.all().withLimit(2)
                        .withTypes(List.of(AccountEventType.COMMENT)), Cancellation.NEVER))
                .extracting(AccountEvent::body).containsExactly("note 3", "note 2", "note 1");
    }

    @Test
    void aPartnersConnectionEventSetsTheStatusTheListFiltersOn() {
        String aid = client().accounts().create(newAccount("Status Sko").build()).accountId();
        // A connection starts with the account's own signup; the partner then reports what the provider said.
        client().actingOn(aid).connections().collector().startSignup(aid, new CollectorSignup("Status Sko",
                "Status Sko AS", "987654321", "DNB", "12345678903", "https://sko.example",
                List.of(new PaymentOption(List.of("NOK"), "collector.invoice"))));
        assertThat(client().accounts().get(aid).connections().get("collector").status())
                .isEqualTo(ConnectionStatus.PENDING);

        ConnectionEvent event = client().accounts().addConnectionEvent(aid, ConnectionName.COLLECTOR,
                new NewConnectionEvent(ConnectionStatus.ENABLED, "approved", "Checked by the partner",
                        Map.of("case", "42")));
        assertThat(event.status()).isEqualTo(ConnectionStatus.ENABLED);
        assertThat(event.event()).isEqualTo("approved");
        assertThat(event.metadata()).containsEntry("case", "42");

        Account account = client().accounts().get(aid);
        assertThat(account.connections().get("collector").status()).isEqualTo(ConnectionStatus.ENABLED);
        assertThat(account.connections().get("collector").events()).extracting(ConnectionEvent::event)
                .contains("approved");
        assertThat(client().accounts().stream(AccountQuery.all().withLimit(100)
                        .withConnections(List.of("collector")).withConnectionStatuses(List.of("enabled"))))
                .extracting(Account::accountId).contains(aid);
        assertThat(client().accounts().stream(AccountQuery.all().withLimit(100)
                        .withConnections(List.of("collector")).withConnectionStatuses(List.of("declined"))))
                .extracting(Account::accountId).doesNotContain(aid);
    }

    @Test
    void invitationsGoToTheOutboxAndAnOnboardingLinkNamesTheClient() {
        Account created = client().accounts().create(newAccount("Invitert Bok")
                .actions(List.of(AccountAction.SEND_INVITE))
                .inviteUsers(List.of(new InviteUser("kari@invitert.example", "Kari", "Nordmann")))
                .invitationNote("Welcome aboard")
                .build());
        assertThat(SANDBOX.backdoor().outbox("kari@invitert.example"))
                .anySatisfy(m -> assertThat(m.path("purpose").asText()).isEqualTo("account_invitation"));

        PartnerOnboardingLink link = client().accounts().createOnboardingLink(created.accountId());
        assertThat(link.partnerOnboardingUrl()).startsWith("http");
        assertThat(link.clientId()).isNotBlank();
    }

    @Test
    void aDeletedAccountIsGoneFromTheListAndTheDetail() {
        Account created = client().accounts().create(newAccount("Borte Butikk").build());
        Account deleted = client().accounts().delete(created.accountId());

        assertThat(deleted.accountId()).isEqualTo(created.accountId());
        assertThat(deleted.deletedAt()).isNotNull();
        assertThatThrownBy(() -> client().accounts().get(created.accountId()))
                .isInstanceOf(ApiException.NotFound.class);
        assertThat(client().accounts().list(AccountQuery.all().withSearch("Borte Butikk"), null).items()).isEmpty();
    }

    @Test
    void requestedServicesInTheCreateExamplesShapeAreStored() {
        // The create example's payout block: features.status / progression / metadata next to features.features.
        AccountServicesInput services = new AccountServicesInput(
                new AccountServicesInput.CheckoutServiceInput(Map.of("vipps", ServiceFeatureInput.requested("enable"))),
                new AccountServicesInput.PayoutServiceInput(new AccountServicesInput.PayoutFeaturesInput("enabled",
                        "not_applied", Map.of(), Map.of("split_payment", ServiceFeatureInput.requested("enable")),
                        null, null)));
        Account created = client().accounts().create(newAccount("Tjeneste Torg").services(services).build());

        Account read = client().accounts().get(created.accountId());
        assertThat(read.services().checkout().features().get("vipps").requested()).isEqualTo("enable");
        assertThat(read.services().payout()).isNotNull();
    }

    @Test
    void aBadEmailIsRefusedOnItsFieldPath() {
        NewAccount bad = NewAccount.builder(ApplicantInput.of("A", "B", "not-an-email", null),
                new AccountCompany("Bad Mail", null, null, null, null, null, null, null, null, null, null, null, null,
                        null),
                new AccountBilling(null, null, null, null, null, null)).build();
        assertThatThrownBy(() -> client().accounts().create(bad))
                .isInstanceOfSatisfying(ApiException.Validation.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo("applicant.email")));
    }
}
