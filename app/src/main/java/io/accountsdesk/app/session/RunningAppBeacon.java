package io.accountsdesk.app.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a second Accounts Desk on the same sandbox data reaches the first: the app holding the data listens on a
 * loopback port and leaves the port, with a random word, in a file beside the data. The second one, refused by the
 * database's lock, reads the file and asks the first to come to the front; the word keeps anything else on this
 * computer that finds the port from doing so.
 */
public final class RunningAppBeacon implements AutoCloseable {

    static final String FILE_NAME = "accounts-desk-app.beacon";
    private static final String SHOW = "show";
    private static final Logger LOG = LoggerFactory.getLogger(RunningAppBeacon.class);

    private final Path file;
    private final ServerSocket server;
    private final String word;
    private final Thread listener;

    private RunningAppBeacon(Path file, ServerSocket server, String word, Runnable show) {
        this.file = file;
        this.server = server;
        this.word = word;
        this.listener = new Thread(() -> listen(show), "running-app-beacon");
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * Starts listening for {@code dataDir}'s data. A beacon that cannot start costs only the handover, so it is
     * logged, not thrown.
     *
     * @param show what a second app's request does here: bring this window to the front
     * @return the beacon, or {@code null} if it could not start
     */
    public static RunningAppBeacon light(Path dataDir, Runnable show) {
        try {
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String word = HexFormat.of().formatHex(random);
            Path file = dataDir.resolve(FILE_NAME);
            Files.writeString(file, server.getLocalPort() + " " + word + "\n", StandardCharsets.UTF_8);
            return new RunningAppBeacon(file, server, word, show);
        } catch (IOException e) {
            LOG.warn("A second Accounts Desk on {} will not be able to bring this one to the front: {}", dataDir,
                    e.toString());
            return null;
        }
    }

    /**
     * Asks the app holding {@code dataDir}'s data to come to the front. Blocking (a loopback connection, two seconds
     * at most): call it off the UI thread.
     *
     * @return whether an app answered; {@code false} when the data is held by a standalone sandbox, or by an app
     *         that is gone and left its file behind
     */
    public static boolean askToShow(Path dataDir) {
        List<String> parts;
        try {
            parts = List.of(Files.readString(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).strip().split(" "));
        } catch (IOException noBeacon) {
            return false;
        }
        if (parts.size() != 2 || !parts.get(0).matches("[0-9]{1,5}")) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts.get(0))),
                    2000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write((SHOW + " " + parts.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            return "ok".equals(answer);
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** Whether an app left its beacon beside the data (it may still be gone). Reads one small file. */
    public static boolean present(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE_NAME));
    }

    private void listen(Runnable show) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(2000);
                String line = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                boolean known = (SHOW + " " + word).equals(line);
                if (known) {
                    show.run();
                }
                socket.getOutputStream().write((known ? "ok\n" : "no\n").getBytes(StandardCharsets.UTF_8));
            } catch (SocketTimeoutException slow) {
                // a caller that said nothing: next
            } catch (IOException closedOrBroken) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Left the beacon file {}: {}", file, e.toString());
        }
    }
}
