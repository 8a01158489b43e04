package io.accountsdesk.client.assets;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * The file types an asset may have.
 * An open set: a value the seed does not list is kept as sent (see {@link OpenEnum}).
 */
public record AssetMimeType(String value) implements OpenEnum {

    public static final AssetMimeType IMAGE_PNG = new AssetMimeType("image/png");
    public static final AssetMimeType IMAGE_JPEG = new AssetMimeType("image/jpeg");
    public static final AssetMimeType IMAGE_SVG = new AssetMimeType("image/svg+xml");
    public static final AssetMimeType APPLICATION_PDF = new AssetMimeType("application/pdf");

    /** The values the seed lists, in the seed's order. */
    public static final List<AssetMimeType> KNOWN = List.of(IMAGE_PNG, IMAGE_JPEG, IMAGE_SVG, APPLICATION_PDF);

    @JsonCreator
    public static AssetMimeType of(String value) {
        return value == null ? null : new AssetMimeType(value);
    }

    @Override
    public List<AssetMimeType> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
