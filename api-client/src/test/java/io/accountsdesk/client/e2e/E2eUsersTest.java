package io.accountsdesk.client.e2e;

import static io.accountsdesk.client.e2e.E2e.PASSWORD;
import static io.accountsdesk.client.e2e.E2e.TRAINEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.auth.OobChannel;
import io.accountsdesk.client.auth.PasswordSignIn;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.roles.Role;
import io.accountsdesk.client.roles.RoleRequest;
import io.accountsdesk.client.users.AccountUser;
import io.accountsdesk.client.users.AccountUserUpdate;
import io.accountsdesk.client.users.NewAccountUser;
import io.accountsdesk.client.users.PasswordChange;
import io.accountsdesk.client.users.SmsMfaUpdate;
import io.accountsdesk.client.users.TotpMfaUpdate;
import io.accountsdesk.client.users.UserActivity;
import io.accountsdesk.client.users.UserProfile;
import io.accountsdesk.client.users.UserRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The account's users (invited by the partner's client) and a signed-in user's own profile, through a user token
 * from {@link PasswordSignIn} and {@link io.accountsdesk.client.auth.UserTokenSource}.
 */
class E2eUsersTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(1);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    /** Invites {@code email} and answers the temporary password the invitation carried. */
    private static String invite(String email, NewAccountUser user) {
        AccountUser created = client().users().create(user, false);
        assertThat(created.email()).isEqualTo(email);
        return SANDBOX.backdoor().latestCode(email, "invitation");
    }

    @Test
    void anInvitedUserSignsInWithTheTemporaryPasswordAndSetsTheirOwn() {
        String email = "ingrid@team.example";
        String temporary = invite(email, new NewAccountUser(email, "Ingrid Team", null, null, null, null));

        ApiClient ingrid = E2e.signedIn(client(), email, temporary);
        UserProfile profile = ingrid.users().profile();
        assertThat(profile.accounts()).extracting(UserProfile.Membership::accountId).containsExactly(SANDBOX.partner());
        assertThat(profile.accounts().get(0).user().email()).isEqualTo(email);

        ingrid.users().changePassword(new PasswordChange(temporary, "Ingrid-Own-Pass-1"));
        assertThat(E2e.signedIn(client(), email, "Ingrid-Own-Pass-1").users().profile().id()).isEqualTo(profile.id());
        assertThatThrownBy(() -> E2e.signedIn(client(), email, temporary)).isInstanceOf(ApiException.Validation.class);
        assertThatThrownBy(() -> ingrid.users().changePassword(new PasswordChange("wrong-previous", "Another-Pass-2")))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void aUserWithARoleIsListedWithItExpandedUpdatedAndRemoved() {
        Role role = client().roles().create(new RoleRequest("support desk", "Reads accounts",
                List.of("read:accounts")));
        String email = "jon@team.example";
        AccountUser created = client().users().create(new NewAccountUser(email, "Jon Team", null, null,
                List.of(new UserRole.Ref(role.id())), null), true);
        assertThat(created.roles()).extracting(UserRole::name).containsExactly("support desk");

        assertThat(client().users().list(true)).filteredOn(u -> u.id().equals(created.id()))
                .singleElement().satisfies(u -> assertThat(u.roles()).extracting(UserRole::id).containsExactly(role.id()));

        AccountUser updated = client().users().update(created.id(), new AccountUserUpdate("Jon Teamleder",
                List.of("read:accounts", "write:accounts"), List.of(), null), false);
        assertThat(updated.name()).isEqualTo("Jon Teamleder");
        assertThat(updated.scope()).containsExactly("read:accounts", "write:accounts");

        AccountUser removed = client().users().delete(created.id(), false);
        assertThat(removed.id()).isEqualTo(created.id());
        assertThat(client().users().list()).extracting(AccountUser::id).doesNotContain(created.id());
    }

    @Test
    void aUnknownRoleIsRefusedOnItsIndex() {
        assertThatThrownBy(() -> client().users().create(new NewAccountUser("nobody@team.example", null, null, null,
                List.of(new UserRole.Ref("no-such-role")), null), false))
                .isInstanceOfSatisfying(ApiException.Validation.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).contains("roles[0].id"));
    }

    @Test
    void turningOnSmsCodesMakesTheNextSignInAskForOne() {
        String email = "sms@team.example";
        String temporary = invite(email, new NewAccountUser(email, "Sms Team", null, null, null, null));
        ApiClient user = E2e.signedIn(client(), email, temporary);
        String phone = "+4798765432";

        user.users().updateSmsMfa(SmsMfaUpdate.enable(phone));
        assertThat(user.users().profile().configuration().mfa().sms().enabled()).isTrue();

        PasswordSignIn signIn = new PasswordSignIn(client().auth(), SANDBOX.partner());
        assertThat(signIn.start(email, temporary)).isInstanceOfSatisfying(PasswordSignIn.MfaRequired.class,
                required -> assertThat(required.channels()).contains(OobChannel.SMS));
        signIn.challenge(OobChannel.SMS);
        assertThat(signIn.complete(SANDBOX.backdoor().latestCode(phone, "mfa")))
                .isInstanceOf(PasswordSignIn.SignedIn.class);

        user.users().updateSmsMfa(SmsMfaUpdate.disable());
        assertThat(user.users().profile().configuration().mfa().sms().enabled()).isFalse();
        assertThat(new PasswordSignIn(client().auth(), SANDBOX.partner()).start(email, temporary))
                .isInstanceOf(PasswordSignIn.SignedIn.class);
    }

    @Test
    void aTotpCodeWithoutAnAssociatedSecretIsRefusedOnTheField() {
        ApiClient trainee = E2e.signedIn(client(), TRAINEE, PASSWORD);
        assertThatThrownBy(() -> trainee.users().updateTotpMfa(TotpMfaUpdate.enable("123456")))
                .isInstanceOfSatisfying(ApiException.Validation.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("user_code"));
        trainee.users().updateTotpMfa(TotpMfaUpdate.disable());
        assertThat(trainee.users().profile().configuration().mfa().totp().enabled()).isFalse();
    }

    @Test
    void theProfileNeedsAUsersTokenAndActivitiesRecordWhatTheUserDid() {
        assertThatThrownBy(() -> client().users().profile()).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isIn(401, 403));

        ApiClient trainee = E2e.signedIn(client(), TRAINEE, PASSWORD);
        String userId = trainee.users().profile().id();
        trainee.users().updateSmsMfa(SmsMfaUpdate.disable());
        List<UserActivity> activities = client().users().activities(userId);
        assertThat(activities).isNotEmpty().allSatisfy(a -> assertThat(a.createdAt()).isNotNull());
        assertThat(activities).extracting(UserActivity::action).anySatisfy(a -> assertThat(a).contains("sms"));
    }
}
