package io.accountsdesk.client.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.MockApi;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AssetsApiTest {

    @Test
    void sizeMustBeWithinTheSeedsBounds() {
        assertThat(AssetUpload.of(1, AssetMimeType.IMAGE_PNG).sizeBytes()).isEqualTo(1L);
        assertThat(AssetUpload.of(2_000_000, AssetMimeType.APPLICATION_PDF).sizeBytes()).isEqualTo(2_000_000L);
        assertThatThrownBy(() -> AssetUpload.of(0, AssetMimeType.IMAGE_PNG))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssetUpload.of(2_000_001, AssetMimeType.IMAGE_PNG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000000");
        assertThatThrownBy(() -> new AssetUpload(10L, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void uploadUrlRequestLeavesAccessToTheServerUnlessSet() {
        try (MockApi api = new MockApi()) {
            api.answer("{\"public_url\":\"https://cdn/x.png\",\"upload_url\":\"https://s3/x?sig=secret\","
                    + "\"upload_expires_in\":300}");
            UploadUrl url = new AssetsApi(api.transport).createUploadUrl("T12345678",
                    AssetUpload.of(1234, AssetMimeType.IMAGE_SVG));

            RecordedRequest request = api.take();
            assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/management/assets");
            assertThat(MockApi.body(request).toString())
                    .isEqualTo("{\"size_bytes\":1234,\"mime_type\":\"image/svg+xml\"}");
            assertThat(url.uploadExpiresIn()).isEqualTo(300L);
            assertThat(url.toString()).doesNotContain("sig=secret").contains("https://cdn/x.png");
        }
    }
}
