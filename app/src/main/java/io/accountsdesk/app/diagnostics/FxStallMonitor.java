package io.accountsdesk.app.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures, from inside the app, how long the FX thread is kept from answering, for the bench only (nothing makes
 * one unless {@code --bench-scenario} is given):
 * <ul>
 *   <li><b>pulses</b>: the CSS and layout part of each pulse of the scene, between its pre- and post-layout pulse
 *       listeners;</li>
 *   <li><b>waits</b>: a heartbeat thread posts a {@link Platform#runLater} every few milliseconds and records how long
 *       it waited to run. That is what a key press waits for, whatever held the thread: a long task, a long pulse,
 *       or the wait for the renderer.</li>
 * </ul>
 * A wait that passes {@link #SAMPLE_AFTER_MS} makes the heartbeat take the FX thread's stack, so a stall report says
 * where the time went. Figures are kept per phase ({@link #begin}, {@link #end}); both run on the FX thread.
 */
public final class FxStallMonitor implements AutoCloseable {

    /** What the bench calls a stall. */
    public static final double STALL_MS = 50;
    static final long SAMPLE_AFTER_MS = 35;
    private static final long BEAT_MS = 4;

    /** One phase's figures and, for its longest waits, where the FX thread was. */
    public record Phase(String name, Durations pulses, Durations waits, Map<String, Double> stallsAt) {
    }

    private final Scene scene;
    private final Runnable pre = this::preLayout;
    private final Runnable post = this::postLayout;
    private final Thread heartbeat;
    private volatile boolean running = true;
    private volatile Thread fxThread;
    private long pulseStart = -1;
    private String phase;
    private Durations pulses = new Durations();
    private Durations waits = new Durations();
    private Map<String, Double> stallsAt = new LinkedHashMap<>();

    private FxStallMonitor(Scene scene) {
        this.scene = scene;
        heartbeat = new Thread(this::beat, "bench-fx-heartbeat");
        heartbeat.setDaemon(true);
    }

    /** Starts watching {@code scene} and the FX thread; call on the FX thread. */
    public static FxStallMonitor install(Scene scene) {
        FxStallMonitor monitor = new FxStallMonitor(scene);
        monitor.fxThread = Thread.currentThread();
        scene.addPreLayoutPulseListener(monitor.pre);
        scene.addPostLayoutPulseListener(monitor.post);
        monitor.heartbeat.start();
        return monitor;
    }

    /** Starts a phase: from now on figures count towards {@code name}. FX thread. */
    public void begin(String name) {
        phase = name;
        pulses = new Durations();
        waits = new Durations();
        stallsAt = new LinkedHashMap<>();
    }

    /** Ends the phase begun last and returns its figures. FX thread. */
    public Phase end() {
        Phase done = new Phase(phase, pulses, waits, stallsAt);
        phase = null;
        return done;
    }

    private void preLayout() {
        pulseStart = System.nanoTime();
    }

    private void postLayout() {
        if (pulseStart >= 0 && phase != null) {
            pulses.add(System.nanoTime() - pulseStart);
        }
        pulseStart = -1;
    }

    private void beat() {
        while (running) {
            long sent = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            List<String> samples = new ArrayList<>();
            Platform.runLater(() -> {
                record(System.nanoTime() - sent, samples);
                ran.countDown();
            });
            try {
                long waitMs = SAMPLE_AFTER_MS;
                while (!ran.await(waitMs, TimeUnit.MILLISECONDS)) {
                    Thread fx = fxThread;
                    if (fx != null) {
                        synchronized (samples) {
                            samples.add(where(fx.getStackTrace()));
                        }
                    }
                    waitMs = 10;
                    if (!running) {
                        return;
                    }
                }
                Thread.sleep(BEAT_MS);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    /** FX thread: one heartbeat's wait, and where the thread was if it took long. */
    private void record(long waitedNanos, List<String> samples) {
        if (phase == null) {
            return;
        }
        waits.add(waitedNanos);
        double ms = waitedNanos / 1e6;
        if (ms > STALL_MS) {
            synchronized (samples) {
                for (String at : samples) {
                    stallsAt.merge(at, ms, Math::max);
                }
            }
        }
    }

    /** The first frames of our own code (or, without any, the top frames): where a stall's time goes. */
    static String where(StackTraceElement[] stack) {
        List<String> ours = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("io.accountsdesk.")
                    && !frame.getClassName().startsWith("io.accountsdesk.app.diagnostics.")) {
                ours.add(frame.getClassName().replaceFirst("^io\\.accountsdesk\\.", "") + "." + frame.getMethodName()
                        + ":" + frame.getLineNumber());
                if (ours.size() == 3) {
                    break;
                }
            }
        }
        if (!ours.isEmpty()) {
            return String.join("<", ours) + " [top " + frame(stack, 0) + "]";
        }
        return frame(stack, 0) + "<" + frame(stack, 1) + "<" + frame(stack, 2);
    }

    private static String frame(StackTraceElement[] stack, int index) {
        if (index >= stack.length) {
            return "-";
        }
        StackTraceElement frame = stack[index];
        String cls = frame.getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + frame.getMethodName();
    }

    /** Stops the heartbeat and takes the listeners off the scene. FX thread. */
    @Override
    public void close() {
        running = false;
        heartbeat.interrupt();
        scene.removePreLayoutPulseListener(pre);
        scene.removePostLayoutPulseListener(post);
    }
}
