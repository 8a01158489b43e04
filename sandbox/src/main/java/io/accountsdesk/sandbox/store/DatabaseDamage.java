package io.accountsdesk.sandbox.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;

/**
 * Tells a database file that cannot be read apart from every other failure to open it. H2 reports damage in several
 * shapes depending on where it meets it (the store header, a chunk, a page, the end of the file), all carrying an
 * MVStore error code or H2's "file corrupted" SQL code.
 */
public final class DatabaseDamage {

    /** MVStore's codes (DataUtils) for a file shorter than it says, a damaged chunk or page, or a foreign format. */
    private static final int READING_FAILED = 1;
    private static final int UNSUPPORTED_FORMAT = 5;
    private static final int FILE_CORRUPT = 6;

    private DatabaseDamage() {
    }

    public static boolean isDamage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException store) {
                int code = store.getErrorCode();
                if (code == READING_FAILED || code == UNSUPPORTED_FORMAT || code == FILE_CORRUPT) {
                    return true;
                }
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || sql.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1)) {
                return true;
            }
        }
        return false;
    }
}
