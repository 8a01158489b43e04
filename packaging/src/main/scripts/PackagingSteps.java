import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaging steps that no Maven plugin does. Three modes:
 *
 * <ul>
 *   <li>{@code jdeps}: fails when the JDK modules jdeps finds for the app's jars are no longer the list in
 *   packaging/pom.xml, and prints the new list, so a new dependency cannot leave the runtime short of a module.</li>
 *   <li>{@code train}: the AOT training run (JEP 483/514). It runs the image's own java with the launcher's class
 *   path and options (read from its .cfg) plus {@code -XX:AOTCacheOutput}, so the JVM writes the cache of classes
 *   loaded and linked, and method profiles, when the app exits. The launcher cannot do it: it already names the
 *   cache with {@code -XX:AOTCache}, and the JVM takes only one of the two. Then the launcher must start with
 *   {@code -XX:AOTMode=on}, which refuses to start without a cache it can use.</li>
 *   <li>{@code smoke}: the launcher, started as a user would start it.</li>
 * </ul>
 * {@code train} and {@code smoke} start the app-image on a fresh sandbox with --startup-probe, which ends the app by
 * itself once the first page of accounts is on screen, and fail the build unless it got there.
 *
 * It runs with the source launcher from packaging/pom.xml, on every OS, so it is Java and not a shell script. On
 * Linux without a display it runs the app under xvfb-run.
 *
 * <pre>
 * java PackagingSteps.java jdeps JARS_DIR MODULES_DIR MAIN_JAR EXPECTED_MODULES
 * java PackagingSteps.java train IMAGE_DIR WORK_DIR SECONDS CACHE_FILE_NAME RUNTIME_MAX_MB
 * java PackagingSteps.java smoke IMAGE_DIR WORK_DIR SECONDS
 * </pre>
 */
public final class PackagingSteps {

    private static final String READY = "startup-probe ready_ms=";

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("jdeps")) {
            jdeps(Path.of(args[1]), Path.of(args[2]), args[3], args[4]);
            return;
        }
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: PackagingSteps train|smoke IMAGE_DIR WORK_DIR SECONDS [CACHE]");
        }
        String mode = args[0];
        Path image = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        long seconds = Long.parseLong(args[3]);
        Layout layout = Layout.of(image);
        deleteTree(work);
        Files.createDirectories(work);
        List<String> probe = List.of("--startup-probe", "--sandbox-data-dir", work.resolve("sandbox").toString(),
                "--config-dir", work.resolve("config").toString());
        switch (mode) {
            case "train" -> {
                checkRuntimeSize(layout, Long.parseLong(args[5]));
                train(layout, work, seconds, args[4], probe);
            }
            case "smoke" -> {
                List<String> command = new ArrayList<>(List.of(layout.launcher().toString()));
                command.addAll(probe);
                String output = run(command, work.resolve("smoke.log"), seconds, null);
                System.out.println("[smoke] " + line(output, READY));
            }
            default -> throw new IllegalArgumentException("mode must be train or smoke, not " + mode);
        }
    }

    private static void jdeps(Path jars, Path modules, String mainJar, String expected) throws IOException {
        List<String> classPath = new ArrayList<>();
        for (Path dir : List.of(jars, modules)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> classPath.add(p.toString()));
            }
        }
        java.io.StringWriter out = new java.io.StringWriter();
        int status = java.util.spi.ToolProvider.findFirst("jdeps").orElseThrow().run(new java.io.PrintWriter(out),
                new java.io.PrintWriter(System.err), "--print-module-deps", "--ignore-missing-deps",
                "--multi-release", String.valueOf(Runtime.version().feature()),
                "--class-path", String.join(java.io.File.pathSeparator, classPath), jars.resolve(mainJar).toString());
        String found = out.toString().strip();
        if (status != 0) {
            throw new IllegalStateException("jdeps failed (" + status + "): " + found);
        }
        if (!found.equals(expected.strip())) {
            throw new IllegalStateException("jdeps now says the app needs\n  " + found
                    + "\nbut packaging/pom.xml has\n  " + expected.strip()
                    + "\nPut the new list in jdk.modules.jdeps (and check jdk.modules.extra, which jdeps cannot see).");
        }
        System.out.println("[jdeps] the app needs " + found);
    }

    /** Every user downloads every megabyte: the build fails when the runtime outgrows its budget. */
    private static void checkRuntimeSize(Layout layout, long maxMegabytes) throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(layout.java().getParent().getParent())) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("[runtime] %.1f MB (budget %d MB)%n", bytes / 1e6, maxMegabytes);
        if (bytes > maxMegabytes * 1_000_000L) {
            throw new IllegalStateException("the runtime is " + bytes + " bytes, over " + maxMegabytes
                    + " MB: check what jlink added (packaging/pom.xml, runtime.max.mb)");
        }
    }

    private static void train(Layout layout, Path work, long seconds, String cacheName, List<String> probe)
            throws IOException, InterruptedException {
        Path cache = layout.appDir().resolve(cacheName);
        Files.deleteIfExists(cache);
        List<String> command = new ArrayList<>(List.of(layout.java().toString()));
        command.addAll(layout.javaOptions().stream().filter(o -> !o.startsWith("-XX:AOTCache=")).toList());
        command.add("-XX:AOTCacheOutput=" + cache);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, layout.classPath()),
                layout.mainClass()));
        command.addAll(probe);
        String output = run(command, work.resolve("training.log"), seconds, null);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run reached the account list but wrote no AOT cache at "
                    + cache + "; its log: " + work.resolve("training.log"));
        }
        System.out.printf("[aot] training run: %s; cache %s, %.1f MB%n", line(output, READY), cache,
                Files.size(cache) / 1e6);

        // AOTMode=on: the JVM refuses to start unless it can use the cache the launcher names.
        String check = run(List.of(layout.launcher().toString(), "--help"), work.resolve("check.log"), seconds,
                "-XX:AOTMode=on -Xlog:class+load=info");
        long fromCache = check.lines().filter(l -> l.contains("source: shared objects file")).count();
        System.out.printf("[aot] the launcher starts with -XX:AOTMode=on; %d classes come from the cache%n",
                fromCache);

        // A missing or damaged cache must never stop the app: the launcher starts without it (run() requires 0).
        Path kept = cache.resolveSibling(cacheName + ".kept");
        Files.move(cache, kept);
        try {
            run(List.of(layout.launcher().toString(), "--help"), work.resolve("no-cache.log"), seconds, null);
            Files.write(cache, new byte[] {1, 2, 3});
            run(List.of(layout.launcher().toString(), "--help"), work.resolve("bad-cache.log"), seconds, null);
        } finally {
            Files.move(kept, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("[aot] without the cache, and with a damaged one, the launcher still starts");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** Runs {@code command}, output to {@code log}; fails unless it ends within the time with status 0. */
    private static String run(List<String> command, Path log, long seconds, String javaOptions)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            if (onPath("xvfb-run")) {
                full.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1440x900x24"));
            } else {
                // A machine with neither a display nor Xvfb (a bare CI runner) still starts the app: on JavaFX's own
                // headless platform, as the tests do. The window is then drawn nowhere, but it is made all the same.
                String headless = "-Dglass.platform=Headless -Dprism.order=sw";
                javaOptions = javaOptions == null ? headless : javaOptions + " " + headless;
            }
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        if (javaOptions != null) {
            // The launcher reads _JAVA_OPTIONS after the options of its .cfg, so these are added to them.
            builder.environment().put("_JAVA_OPTIONS", javaOptions);
        }
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new IllegalStateException("no result after " + seconds + " s: " + String.join(" ", full)
                    + "; its log: " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || (command.contains("--startup-probe") && !output.contains(READY))) {
            throw new IllegalStateException("the app-image did not show its account list (exit "
                    + process.exitValue() + "): " + String.join(" ", full) + "\n" + tail(output));
        }
        return output;
    }

    private static String line(String output, String start) {
        return output.lines().filter(l -> l.startsWith(start)).findFirst().orElse("");
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Where jpackage put things: the layout differs on Linux, Windows and macOS, so it is found, not assumed. */
    private record Layout(Path launcher, Path java, Path appDir, List<String> classPath, String mainClass,
                          List<String> javaOptions) {

        static Layout of(Path image) throws IOException {
            List<Path> all;
            try (Stream<Path> files = Files.walk(image)) {
                all = files.filter(Files::isRegularFile).toList();
            }
            Path release = all.stream().filter(p -> p.getFileName().toString().equals("release")
                            && Files.isDirectory(p.resolveSibling("bin"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runtime in " + image));
            Path runtime = release.getParent();
            // The launcher's .cfg, not the runtime's jvm.cfg.
            Path cfg = all.stream().filter(p -> p.toString().endsWith(".cfg") && !p.startsWith(runtime)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no launcher .cfg in " + image));
            String name = cfg.getFileName().toString().replaceFirst("\\.cfg$", "");
            boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
            String file = windows ? name + ".exe" : name;
            Path launcher = all.stream().filter(p -> p.getFileName().toString().equals(file)
                            && Files.isExecutable(p) && !p.startsWith(runtime)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no launcher in " + image));
            Path java = release.resolveSibling("bin").resolve(windows ? "java.exe" : "java");
            Path appDir = cfg.getParent();
            List<String> classPath = new ArrayList<>();
            List<String> options = new ArrayList<>();
            String mainClass = null;
            for (String raw : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
                String value = raw.substring(raw.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
                if (raw.startsWith("app.classpath=")) {
                    classPath.add(value);
                } else if (raw.startsWith("app.mainclass=")) {
                    mainClass = value;
                } else if (raw.startsWith("java-options=")) {
                    options.add(value);
                }
            }
            if (mainClass == null || classPath.isEmpty()) {
                throw new IllegalStateException("no class path or main class in " + cfg);
            }
            return new Layout(launcher, java, appDir, classPath, mainClass, options);
        }
    }
}
