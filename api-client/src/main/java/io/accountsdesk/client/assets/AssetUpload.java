package io.accountsdesk.client.assets;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The file to be uploaded: its size and type, and who may read it afterwards ({@code null} leaves the server's
 * default, public). The seed caps the size at 2,000,000 bytes; a larger file is refused here, before any request.
 */
public record AssetUpload(
        @JsonProperty("size_bytes") Long sizeBytes,
        @JsonProperty("mime_type") AssetMimeType mimeType,
        @JsonProperty("access") AssetAccess access) {

    public static final long MAX_SIZE_BYTES = 2_000_000L;

    public AssetUpload {
        Objects.requireNonNull(sizeBytes, "sizeBytes is required");
        Objects.requireNonNull(mimeType, "mimeType is required");
        if (sizeBytes < 1 || sizeBytes > MAX_SIZE_BYTES) {
            throw new IllegalArgumentException("size_bytes must be between 1 and " + MAX_SIZE_BYTES + ", was "
                    + sizeBytes);
        }
    }

    public static AssetUpload of(long sizeBytes, AssetMimeType mimeType) {
        return new AssetUpload(sizeBytes, mimeType, null);
    }
}
