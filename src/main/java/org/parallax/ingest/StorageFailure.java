package org.parallax.ingest;

import java.sql.SQLException;

/**
 * Why a record could not be stored, in a short sentence for the import report: the database's own reason (the
 * first line of PostgreSQL's message, e.g. "value too long for type character varying(300)") without the SQL
 * statement, the parameters or the stack that the driver and jOOQ wrap around it; at most
 * {@value #MAX_CHARS} characters.
 */
final class StorageFailure {

    static final int MAX_CHARS = 160;

    private StorageFailure() {}

    static String reason(Throwable failure) {
        SQLException sql = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                sql = s;
            }
            root = t;
        }
        String message = sql != null ? "the database refused it: " + firstLine(sql.getMessage())
                : firstLine(root.getMessage());
        if (message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        return message.length() <= MAX_CHARS ? message : message.substring(0, MAX_CHARS - 1) + "…";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.startsWith("ERROR: ") ? line.substring("ERROR: ".length()) : line;
    }
}
