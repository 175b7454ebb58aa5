package org.parallax.bench;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * PostgreSQL's own figures for each statement ({@code pg_stat_statements}): time inside the server,
 * buffers touched and write-ahead log written, per article. Available when the tests' embedded
 * server preloads the extension ({@code -Dbench.statements=true}); otherwise says so.
 */
final class PostgresStatements {

    private PostgresStatements() {}

    /** Starts counting afresh; answers whether the figures are available. */
    static boolean reset(DataSource db) {
        try (var c = db.getConnection(); var st = c.createStatement()) {
            st.execute("create extension if not exists pg_stat_statements");
            st.execute("select pg_stat_statements_reset()");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The most expensive statements since {@link #reset}, per article, as lines of the benchmark's report. */
    static String report(DataSource db, int articles) {
        StringBuilder out = new StringBuilder();
        try (var c = db.getConnection(); var st = c.createStatement(); var r = st.executeQuery(
                "select total_exec_time, calls, rows, shared_blks_hit + shared_blks_read, wal_records, wal_bytes, "
                        + "left(regexp_replace(query, '\\s+', ' ', 'g'), 100) from pg_stat_statements "
                        + "where query not like '%pg_stat_statements%' order by total_exec_time desc limit 15")) {
            while (r.next()) {
                out.append(String.format("BENCH   pg %.3f ms/article, %.1f rows, %.0f buffers, %.0f WAL records, %.1f kB WAL: %s%n",
                        r.getDouble(1) / articles, r.getDouble(3) / articles, r.getDouble(4) / articles,
                        r.getDouble(5) / articles, r.getDouble(6) / 1e3 / articles, r.getString(7)));
            }
        } catch (SQLException e) {
            out.append("BENCH   pg statements unavailable (run with -Dbench.statements=true): ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }
}
