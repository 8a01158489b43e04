package io.accountsdesk.client.assets;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where to put the file, and where it can be read once there.
 *
 * @param uploadUrl       a pre-signed URL to upload the file to; it carries its own authorisation, so keep it out
 *                        of logs
 * @param uploadExpiresIn seconds until {@code uploadUrl} stops working
 * @param publicUrl       the file's address after upload
 */
public record UploadUrl(
        @JsonProperty("public_url") String publicUrl,
        @JsonProperty("upload_url") String uploadUrl,
        @JsonProperty("upload_expires_in") Long uploadExpiresIn) {

    /** The pre-signed URL grants access by itself, so it never appears in a printed record. */
    @Override
    public String toString() {
        return "UploadUrl[publicUrl=" + publicUrl + ", uploadUrl=<redacted>, uploadExpiresIn=" + uploadExpiresIn + "]";
    }
}
