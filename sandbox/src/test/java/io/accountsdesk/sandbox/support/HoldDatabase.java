package io.accountsdesk.sandbox.support;

import io.accountsdesk.sandbox.store.SandboxDatabase;

import java.nio.file.Path;

/** Run in a child JVM: opens a sandbox database and holds it until stdin closes, like a second running sandbox. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (SandboxDatabase db = SandboxDatabase.open(Path.of(args[0]), 2)) {
            System.out.println(db.dataDir() != null ? "holding" : "?");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
