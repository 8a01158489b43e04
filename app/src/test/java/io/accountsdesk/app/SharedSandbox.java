package io.accountsdesk.app;

import io.accountsdesk.app.session.Session;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real sandbox for all tests of a class, started before the first and closed after the last, with its demo
 * accounts read once: {@code @RegisterExtension static final SharedSandbox sandbox = SharedSandbox.of(60);}
 */
public final class SharedSandbox implements BeforeAllCallback, AfterAllCallback {

    private final int accountCount;
    private Path dataDir;
    private TestSandbox sandbox;
    private List<Account> accounts;

    private SharedSandbox(int accountCount) {
        this.accountCount = accountCount;
    }

    public static SharedSandbox of(int accounts) {
        return new SharedSandbox(accounts);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("accounts-desk-sandbox");
        sandbox = TestSandbox.start(dataDir, accountCount);
        accounts = client().accounts().stream(AccountQuery.all().withLimit(AccountQuery.MAX_LIMIT)).toList();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sandbox.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public Session session() {
        return sandbox.session();
    }

    public ApiClient client() {
        return sandbox.session().client();
    }

    public Sandbox sandbox() {
        return sandbox.sandbox();
    }

    /** The demo accounts as they were when the class started, newest first. */
    public List<Account> accounts() {
        return accounts;
    }

    public Account account(int index) {
        return accounts.get(index);
    }
}
