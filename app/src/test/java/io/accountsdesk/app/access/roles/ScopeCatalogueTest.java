package io.accountsdesk.app.access.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scopes read both ways round ({@code read:accounts}, {@code receipts:write}), and which of them can change data. */
class ScopeCatalogueTest {

    @Test
    void theAreaAndVerbAreFoundOnEitherSide() {
        assertThat(ScopeCatalogue.areaOf("read:accounts")).isEqualTo("accounts");
        assertThat(ScopeCatalogue.verbOf("read:accounts")).isEqualTo("read");
        assertThat(ScopeCatalogue.areaOf("receipts:write")).isEqualTo("receipts");
        assertThat(ScopeCatalogue.verbOf("receipts:write")).isEqualTo("write");
        assertThat(ScopeCatalogue.areaOf("checkout:auto_capture")).isEqualTo("checkout");
        assertThat(ScopeCatalogue.verbOf("checkout:auto_capture")).isEmpty();
        assertThat(ScopeCatalogue.areaOf("admin")).isEqualTo("admin");
    }

    @Test
    void onlyReadingScopesAreSafe() {
        assertThat(ScopeCatalogue.writing(List.of("read:accounts", "accounts:read", "write:billing", "admin:shopping",
                "receipts:write", "checkout:auto_capture")))
                .containsExactly("write:billing", "admin:shopping", "receipts:write", "checkout:auto_capture");
    }

    @Test
    void byAreaOrdersReadBeforeWriteBeforeAdmin() {
        assertThat(ScopeCatalogue.byArea(List.of("admin:accounts", "write:accounts", "read:billing", "read:accounts")))
                .containsOnlyKeys("accounts", "billing")
                .hasEntrySatisfying("accounts", scopes -> assertThat(scopes)
                        .containsExactly("read:accounts", "write:accounts", "admin:accounts"));
    }
}
