package io.accountsdesk.app.diagnostics;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The last lines of the app's log, read from the end of the file so a log of many megabytes costs a few blocks. Just
 * after the file rolled (at midnight, or at its size limit) the current file holds little, so the newest rolled
 * files make up the rest. Unredacted: {@link DiagnosticsReport} masks each line.
 */
public final class LogTail {

    private static final int BLOCK = 64 * 1024;

    private LogTail() {
    }

    /**
     * @param folder      the log folder
     * @param currentName the file being written ({@code accounts-desk.log}); rolled files are the other {@code .log}
     *                    files beside it
     * @param count       how many lines at most
     * @return oldest first; empty when there is no log yet
     */
    public static List<String> read(Path folder, String currentName, int count) throws IOException {
        List<Path> newestFirst = new ArrayList<>();
        Path current = folder.resolve(currentName);
        if (Files.isRegularFile(current)) {
            newestFirst.add(current);
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> !file.equals(current) && Files.isRegularFile(file)
                                && file.getFileName().toString().endsWith(".log"))
                        .sorted(Comparator.comparing(LogTail::modified).reversed())
                        .forEach(newestFirst::add);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Path file : newestFirst) {
            if (lines.size() >= count) {
                break;
            }
            lines.addAll(0, lastLines(file, count - lines.size()));
        }
        return lines;
    }

    /** The last {@code count} lines of one file, reading backwards a block at a time until it has them. */
    static List<String> lastLines(Path file, int count) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long end = in.length();
            long start = end;
            byte[] tail = new byte[0];
            while (start > 0 && newlines(tail) <= count) {
                int size = (int) Math.min(BLOCK, start);
                start -= size;
                byte[] block = new byte[size];
                in.seek(start);
                in.readFully(block);
                byte[] joined = Arrays.copyOf(block, size + tail.length);
                System.arraycopy(tail, 0, joined, size, tail.length);
                tail = joined;
            }
            List<String> lines = new ArrayList<>(List.of(new String(tail, StandardCharsets.UTF_8).split("\\R", -1)));
            if (!lines.isEmpty() && lines.getLast().isEmpty()) {
                lines.removeLast(); // the file ends with a line break, not with an empty line
            }
            if (start > 0 && !lines.isEmpty()) {
                lines.removeFirst(); // cut in the middle, perhaps of a character
            }
            return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
        }
    }

    private static int newlines(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }
}
