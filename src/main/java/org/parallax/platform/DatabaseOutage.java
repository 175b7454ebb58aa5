package org.parallax.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (the server stopped, the connection broke, no connection
 * can be had, its disk or memory ran out) from a failure of one statement (a constraint, bad data):
 * after the first, retrying record by record only fails again, slowly.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /**
     * Whether the failure, or one of its causes, is a lost or unobtainable connection: an
     * {@link SQLException} of SQLSTATE class 08 (connection exception), class 53 (insufficient
     * resources: disk full, out of memory, too many connections) or 57P01-57P03 (the server is
     * shutting down or cannot connect now), a timed-out wait for a pooled connection, or a connection
     * or transaction that could not be had.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // (not Spring's DataAccessResourceFailureException: it also stands for limits one record can hit, class 54)
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("53")
                    || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure is PostgreSQL's disk being full (SQLSTATE 53100, disk_full). */
    public static boolean diskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "53100".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** What happened to the database, for a sentence: "the database stopped answering" or "the database's disk is full". */
    public static String describe(Throwable failure) {
        return diskFull(failure) ? "the database's disk is full" : "the database stopped answering";
    }
}
