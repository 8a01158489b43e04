package io.accountsdesk.app.access;

import io.accountsdesk.app.security.HostileInputProperties;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.access.clients.ApiClientsViewModel;
import io.accountsdesk.app.access.me.MyAccountViewModel;
import io.accountsdesk.app.access.roles.RolesViewModel;
import io.accountsdesk.app.access.team.AuthUsersModel;
import io.accountsdesk.app.access.team.TeamViewModel;
import io.accountsdesk.app.security.HostileForms;
import io.accountsdesk.app.security.HostileSandbox;
import io.accountsdesk.app.security.HostileText;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Hostile typing into the people-and-access forms: the role editor, the team invitation, the username users (create,
 * change password, rename), the ID-token redirect, the API client and its grant, and My account's password change and
 * SMS number. See {@link HostileForms} for the property. The view models are not activated: their forms need no list
 * read first, and each try starts from an empty form.
 */
class HostileAccessFormsInputTest extends HostileInputProperties {


    @Property(tries = 50)
    void theRoleEditor(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        RolesViewModel roles = new RolesViewModel(test.services);
        roles.newRole();
        HostileForms.probe(roles.editor().form(), typing, roles::save, requests);
        roles.dispose();
    }

    @Property(tries = 50)
    void theTeamInvitation(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        TeamViewModel team = new TeamViewModel(test.services);
        HostileForms.probe(team.invite().form(), typing, team::sendInvite, requests);
        team.dispose();
    }

    @Property(tries = 40)
    void theUsernameUsers(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        TeamViewModel team = new TeamViewModel(test.services);
        AuthUsersModel users = team.authUsers();
        HostileForms.probe(users.createForm(), typing, users::create, requests);
        HostileForms.probe(users.changeForm(), typing, users::update, requests);
        HostileForms.probe(users.renameForm(), typing, users::rename, requests);
        team.dispose();
    }

    @Property(tries = 40)
    void theIdTokenRedirect(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        TeamViewModel team = new TeamViewModel(test.services);
        HostileForms.probe(team.redirect().form(), typing, team.redirect()::create, requests);
        team.dispose();
    }

    @Property(tries = 50)
    void theApiClientAndItsGrant(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        ApiClientsViewModel clients = new ApiClientsViewModel(test.services);
        clients.startCreate();
        HostileForms.probe(clients.form(), typing, clients::create, requests);
        HostileForms.probe(clients.grants().form(), typing, clients.grants()::create, requests);
        clients.dispose();
    }

    @Property(tries = 40)
    void myPasswordAndPhone(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        MyAccountViewModel me = new MyAccountViewModel(test.services);
        HostileForms.probe(me.password().form(), typing, me.password()::submit, requests);
        HostileForms.probe(me.smsForm(), typing, me::enableSms, requests);
        me.dispose();
    }
}
