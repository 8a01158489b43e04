package io.accountsdesk.app.diagnostics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;

/**
 * What the process holds, for the bench: resident set size from {@code /proc} (Linux; -1 elsewhere), the Java heap
 * after a full collection, and instance counts from the JVM's class histogram where the runtime has the diagnostic
 * command bean (a full JDK; the jlink runtime has no {@code jdk.management}, and then there are no counts). Only the
 * {@code java.management} API is used, so the packaged runtime needs no module more.
 */
public final class MemoryFigures {

    private MemoryFigures() {
    }

    /** One reading, in mebibytes (heap figures after a full collection). */
    public record Reading(double rssMb, double rssPeakMb, double heapUsedMb, double heapCommittedMb,
                          double nonHeapUsedMb) {

        public String describe() {
            return String.format(Locale.ROOT,
                    "rss_mb=%.0f rss_peak_mb=%.0f heap_used_mb=%.1f heap_committed_mb=%.0f nonheap_mb=%.0f",
                    rssMb, rssPeakMb, heapUsedMb, heapCommittedMb, nonHeapUsedMb);
        }
    }

    /** Collects fully (twice: the second pass takes what finalization and reference clearing freed), then reads. */
    public static Reading read() {
        collect();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        MemoryUsage nonHeap = memory.getNonHeapMemoryUsage();
        long pid = ProcessHandle.current().pid();
        return new Reading(statusKb(pid, "VmRSS") / 1024.0, statusKb(pid, "VmHWM") / 1024.0, heap.getUsed() / MB,
                heap.getCommitted() / MB, nonHeap.getUsed() / MB);
    }

    private static final double MB = 1024.0 * 1024.0;

    public static void collect() {
        for (int i = 0; i < 2; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A field of {@code /proc/PID/status} in kB, e.g. {@code VmRSS}; -1 where there is none. */
    public static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    /**
     * The committed memory of each category of native memory tracking, in MiB, when the JVM runs with
     * {@code -XX:NativeMemoryTracking=summary}; otherwise an empty map.
     */
    public static Map<String, Double> nativeCommitted() {
        Map<String, Double> committed = new LinkedHashMap<>();
        String summary;
        try {
            summary = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary", "scale=KB"}}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError unavailable) {
            return committed;
        }
        // "-                 Java Heap (reserved=6291456KB, committed=221184KB)"
        java.util.regex.Matcher line = java.util.regex.Pattern
                .compile("(?m)^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB").matcher(summary);
        while (line.find()) {
            committed.put(line.group(1).trim().replace(' ', '_'), Long.parseLong(line.group(2)) / 1024.0);
        }
        java.util.regex.Matcher total = java.util.regex.Pattern
                .compile("Total: reserved=\\d+KB, committed=(\\d+)KB").matcher(summary);
        if (total.find()) {
            committed.put("Total", Long.parseLong(total.group(1)) / 1024.0);
        }
        return committed;
    }

    /**
     * Live instances of each class named (after a full collection, which the histogram makes), or an empty map when
     * the runtime cannot count them.
     */
    public static Map<String, Long> liveInstances(List<String> classNames) {
        Map<String, Long> counts = new LinkedHashMap<>();
        String histogram;
        try {
            histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError unavailable) {
            return counts;
        }
        classNames.forEach(name -> counts.put(name, 0L));
        for (String line : histogram.split("\n")) {
            // " 123:   4567   890123  io.accountsdesk.client.accounts.Account"
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && counts.containsKey(parts[3])) {
                counts.put(parts[3], Long.parseLong(parts[1]));
            }
        }
        return counts;
    }
}
