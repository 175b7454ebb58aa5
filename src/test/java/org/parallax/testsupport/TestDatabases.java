package org.parallax.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server for the tests, one per JVM, and a fresh database in it per test class.
 *
 * <p>The server is, in order of preference: the one named by {@code PARALLAX_TEST_JDBC_URL}
 * (with {@code PARALLAX_TEST_DB_USER} / {@code PARALLAX_TEST_DB_PASSWORD}); a Testcontainers
 * PostgreSQL 18 where a Docker engine is available; else an embedded PostgreSQL 18 (zonky).
 */
public final class TestDatabases {

    /** Connection details of one test database. */
    public record TestDatabase(String url, String user, String password) {}

    private record Server(String adminUrl, String user, String password, String kind) {}

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile Server server;

    private TestDatabases() {}

    /** Creates a new, empty database for {@code owner} (a test class) and returns how to reach it. */
    public static TestDatabase create(String owner) {
        Server s = server();
        String name = ("t" + COUNTER.incrementAndGet() + "_" + owner.replaceAll("[^A-Za-z0-9]", "_"))
                .toLowerCase(Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + s.kind(), e);
        }
        return new TestDatabase(withDatabase(s.adminUrl(), name), s.user(), s.password());
    }

    public static String serverKind() {
        return server().kind();
    }

    private static Server server() {
        Server s = server;
        if (s == null) {
            synchronized (TestDatabases.class) {
                s = server;
                if (s == null) {
                    s = start();
                    server = s;
                }
            }
        }
        return s;
    }

    private static Server start() {
        String url = System.getenv("PARALLAX_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url, envOr("PARALLAX_TEST_DB_USER", "postgres"), envOr("PARALLAX_TEST_DB_PASSWORD", ""),
                    "PostgreSQL at " + url);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers PostgreSQL 18");
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (Boolean.getBoolean("bench.statements")) {
                // per-statement figures in PostgreSQL for the benchmarks (ImportAndGroupingBenchmarkTest)
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            EmbeddedPostgres pg = org.parallax.platform.EmbeddedDatabaseConfiguration.tuned(builder)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
            return new Server(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL 18");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String withDatabase(String jdbcUrl, String database) {
        // jdbc:postgresql://host:port/db?params -> same with another db
        int q = jdbcUrl.indexOf('?');
        String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
        String params = q < 0 ? "" : jdbcUrl.substring(q);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
