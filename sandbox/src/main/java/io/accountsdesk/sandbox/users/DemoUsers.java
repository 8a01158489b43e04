package io.accountsdesk.sandbox.users;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partner's demo users, so a trainee can sign in with a password straight away. The credentials are fixed (and
 * in sandbox/README.md): they open a local emulator of demo data, nothing else. Seeded on first start, kept across
 * restarts, made again after {@code --reset}.
 * <ul>
 *   <li>{@value #TRAINEE} / {@value #PASSWORD}: the partner's admin, no second factor;</li>
 *   <li>{@value #MFA_TRAINEE} / {@value #PASSWORD}: the same, with SMS and email codes as second factor (mobile
 *       {@value #MFA_PHONE}), to practise {@code mfa_required} → challenge → {@code mfa-oob}.</li>
 * </ul>
 */
public final class DemoUsers {

    public static final String TRAINEE = "trainee@nordvik.example";
    public static final String MFA_TRAINEE = "mfa.trainee@nordvik.example";
    public static final String PASSWORD = "Sandbox-Trainee-1";
    public static final String MFA_PHONE = "+4799999999";
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private DemoUsers() {
    }

    static void ensure(UserStore users, String partnerId) {
        boolean created = seed(users, partnerId, TRAINEE, "Tora Trainee", false)
                | seed(users, partnerId, MFA_TRAINEE, "Magnus Multifaktor", true);
        // The password is public (sandbox/README.md), but a log line that prints one teaches the wrong habit, and
        // it would trip the app's check that no password a session typed reaches its log.
        LOG.info("Demo users of {}: {} and {} (SMS/email MFA){}; their password is in sandbox/README.md; sign in"
                + " with grant_type password at /accounts/{}/auth/token", partnerId, TRAINEE, MFA_TRAINEE,
                created ? " (created now)" : "", partnerId);
    }

    private static boolean seed(UserStore users, String partnerId, String email, String name, boolean mfa) {
        if (users.byUsername(email).isPresent()) {
            return false;
        }
        String hash = PasswordHasher.hash(PASSWORD);
        return users.write(tx -> {
            if (UserStore.byUsername(tx, email).isPresent()) {
                return false;
            }
            String now = users.now();
            ObjectNode user = UserStore.newUser(email, "sandbox", now);
            user.put("email", email);
            user.put("name", name);
            user.put("password_hash", hash);
            if (mfa) {
                user.put("phone_number", MFA_PHONE);
                ArrayNode links = user.putArray("links");
                links.addObject().put("rel", "phone_number").put("href", "tel:" + MFA_PHONE);
                links.addObject().put("rel", "email").put("href", "mailto:" + email);
                UserStore.setFactor(user, "sms", true, now);
                UserStore.setFactor(user, "email", true, now);
            }
            ObjectNode membership = UserStore.join(user, partnerId, "sandbox", now);
            ArrayNode scope = membership.putArray("scope");
            UserStore.ADMIN_SCOPE.forEach(scope::add);
            UserStore.save(tx, user);
            return true;
        });
    }
}
