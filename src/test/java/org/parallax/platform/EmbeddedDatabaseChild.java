package org.parallax.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a JVM of its own by {@link OrphanPostmasterTest}: starts the embedded database in the data
 * directory given as argument, exactly as the application does, writes a row, says READY and waits
 * to be killed.
 */
public final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = new EmbeddedDatabaseConfiguration().embeddedPostgres(Path.of(args[0]));
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("create table if not exists written_before_the_crash (note text)");
            s.execute("insert into written_before_the_crash values ('kept')");
        }
        System.out.println("READY on port " + pg.getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
