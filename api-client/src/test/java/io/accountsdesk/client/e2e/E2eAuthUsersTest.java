package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.auth.OobChannel;
import io.accountsdesk.client.auth.PasswordSignIn;
import io.accountsdesk.client.authusers.AuthUser;
import io.accountsdesk.client.authusers.AuthUserLink;
import io.accountsdesk.client.authusers.AuthUserMfa;
import io.accountsdesk.client.authusers.AuthUserUpdate;
import io.accountsdesk.client.authusers.NewAuthUser;
import io.accountsdesk.client.http.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Username + password users under {@code /accounts/{aid}/auth/users}, then signing in as them. */
class E2eAuthUsersTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(1);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    @Test
    void aCreatedUserSignsInAndANewPasswordReplacesTheOld() {
        AuthUser created = client().authUsers().create(SANDBOX.partner(),
                new NewAuthUser("kari", null, null, "first-pass-1"));
        assertThat(created.id()).isNotBlank();
        assertThat(created.username()).isEqualTo("kari");
        assertThat(signIn("kari", "first-pass-1")).isInstanceOf(PasswordSignIn.SignedIn.class);

        AuthUser updated = client().authUsers().update(SANDBOX.partner(), "kari",
                new AuthUserUpdate("second-pass-2", null, null));
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(signIn("kari", "second-pass-2")).isInstanceOf(PasswordSignIn.SignedIn.class);
        assertThatThrownBy(() -> signIn("kari", "first-pass-1")).isInstanceOf(ApiException.Validation.class);
    }

    @Test
    void aUserWithSmsMfaGetsTheCodeOnTheLinkedPhone() {
        String phone = "+4791112222";
        AuthUser created = client().authUsers().create(SANDBOX.partner(), new NewAuthUser("lars",
                List.of(AuthUserLink.phone(phone), AuthUserLink.email("lars@mail.example")),
                AuthUserMfa.oob(List.of(OobChannel.SMS)), "lars-pass-1"));
        assertThat(created.mfa().oobChannels()).containsExactly(OobChannel.SMS);
        assertThat(created.links()).contains(AuthUserLink.phone(phone));

        PasswordSignIn signIn = new PasswordSignIn(client().auth(), SANDBOX.partner());
        assertThat(signIn.start("lars", "lars-pass-1")).isInstanceOf(PasswordSignIn.MfaRequired.class);
        signIn.challenge(OobChannel.SMS);
        assertThat(signIn.complete(SANDBOX.backdoor().latestCode(phone, "mfa")))
                .isInstanceOf(PasswordSignIn.SignedIn.class);
    }

    @Test
    void aRenamedUserSignsInWithTheNewNameOnly() {
        client().authUsers().create(SANDBOX.partner(), new NewAuthUser("old-name", null, null, "rename-pass-1"));
        AuthUser renamed = client().authUsers().changeUsername(SANDBOX.partner(), "old-name", "new-name");
        assertThat(renamed.username()).isEqualTo("new-name");

        assertThat(signIn("new-name", "rename-pass-1")).isInstanceOf(PasswordSignIn.SignedIn.class);
        assertThatThrownBy(() -> signIn("old-name", "rename-pass-1")).isInstanceOf(ApiException.Validation.class);
    }

    @Test
    void aDeletedUserCanNoLongerSignIn() {
        client().authUsers().create(SANDBOX.partner(), new NewAuthUser("temp", null, null, "temp-pass-1"));
        AuthUser deleted = client().authUsers().delete(SANDBOX.partner(), "temp");
        assertThat(deleted.username()).isEqualTo("temp");
        assertThat(deleted.deletedAt()).isNotNull();

        assertThatThrownBy(() -> signIn("temp", "temp-pass-1")).isInstanceOf(ApiException.Validation.class);
        assertThatThrownBy(() -> client().authUsers().delete(SANDBOX.partner(), "temp"))
                .isInstanceOf(ApiException.NotFound.class);
    }

    @Test
    void aShortPasswordIsRefusedOnTheField() {
        assertThatThrownBy(() -> client().authUsers().create(SANDBOX.partner(),
                        new NewAuthUser("shorty", null, null, "short")))
                .isInstanceOfSatisfying(ApiException.Validation.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error.field()).contains("password")));
    }

    private static PasswordSignIn.Step signIn(String username, String password) {
        return new PasswordSignIn(client().auth(), SANDBOX.partner()).start(username, password);
    }
}
