package org.parallax.testsupport;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table a test writes to (users stay), so tests in one class do not see each other's data. */
public final class CleanDatabase {

    private CleanDatabase() {}

    public static void truncate(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String tables = String.join(", ", jdbc.queryForList(
                "select quote_ident(tablename) from pg_tables where schemaname = 'public' "
                        + "and tablename not in ('app_user', 'flyway_schema_history')", String.class));
        if (!tables.isEmpty()) {
            jdbc.execute("truncate " + tables + " restart identity cascade");
        }
    }
}
