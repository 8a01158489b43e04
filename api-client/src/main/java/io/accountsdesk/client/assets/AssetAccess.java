package io.accountsdesk.client.assets;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * Who can read an uploaded asset; the server's default is {@code public}.
 * An open set: a value the seed does not list is kept as sent (see {@link OpenEnum}).
 */
public record AssetAccess(String value) implements OpenEnum {

    public static final AssetAccess PRIVATE = new AssetAccess("private");
    public static final AssetAccess PUBLIC = new AssetAccess("public");

    /** The values the seed lists, in the seed's order. */
    public static final List<AssetAccess> KNOWN = List.of(PRIVATE, PUBLIC);

    @JsonCreator
    public static AssetAccess of(String value) {
        return value == null ? null : new AssetAccess(value);
    }

    @Override
    public List<AssetAccess> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
