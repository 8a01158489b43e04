package io.accountsdesk.app.onboarding;

import io.accountsdesk.client.assets.AssetMimeType;
import io.accountsdesk.client.assets.AssetUpload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A company logo chosen for upload, checked before anything is sent: an image the asset flow takes (PNG, JPEG or
 * SVG, judged by the file's first bytes, not its name) of at most {@link AssetUpload#MAX_SIZE_BYTES}.
 *
 * @param problem why the file cannot be sent, in the keys of the messages ({@code null} when it can)
 */
record LogoFile(Path path, long size, AssetMimeType type, String problem) {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** Reads the size and the first bytes of {@code path}; never throws for a bad file, it says what is wrong. */
    static LogoFile check(Path path) {
        try {
            long size = Files.size(path);
            if (size == 0) {
                return new LogoFile(path, size, null, "onboarding.logo.empty");
            }
            if (size > AssetUpload.MAX_SIZE_BYTES) {
                return new LogoFile(path, size, null, "onboarding.logo.tooLarge");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(512);
            }
            AssetMimeType type = sniff(head);
            return new LogoFile(path, size, type, type == null ? "onboarding.logo.notImage" : null);
        } catch (IOException unreadable) {
            return new LogoFile(path, -1, null, "onboarding.logo.unreadable");
        }
    }

    private static AssetMimeType sniff(byte[] head) {
        if (startsWith(head, PNG)) {
            return AssetMimeType.IMAGE_PNG;
        }
        if (startsWith(head, JPEG)) {
            return AssetMimeType.IMAGE_JPEG;
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip()
                .toLowerCase(Locale.ROOT);
        if ((text.startsWith("<?xml") || text.startsWith("<svg") || text.startsWith("<!--")) && text.contains("<svg")) {
            return AssetMimeType.IMAGE_SVG;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
