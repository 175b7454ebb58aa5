package org.parallax.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL 18 whose data persists in {@code parallax.data-dir}.
 *
 * <p>Active only when no {@code spring.datasource.url} is configured: an explicit database
 * (property or {@code SPRING_DATASOURCE_URL}) always wins, and then Spring Boot's own data source
 * auto-configuration takes over. When running as root the embedded server runs itself under
 * {@code unshare -U} (PostgreSQL refuses to run as root). A server left running in the directory by a
 * Parallax that was killed is stopped first ({@link OrphanPostmaster}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "__unset__", matchIfMissing = true)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${parallax.data-dir}") Path dataDir) {
        Path pgData = dataDir.resolve("postgres");
        try {
            Files.createDirectories(pgData);
            OrphanPostmaster.clear(pgData);
            log.info("Starting embedded PostgreSQL with data in {}", pgData);
            return tuned(EmbeddedPostgres.builder())
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (DatabaseUnavailableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DatabaseUnavailableException(
                    "Parallax could not start its embedded PostgreSQL in " + pgData + " (" + rootCause(e) + ")",
                    "Check that the directory is writable and not used by another running Parallax, set "
                            + "parallax.data-dir to another directory, or point spring.datasource.url at a PostgreSQL server.",
                    e);
        }
    }

    /**
     * Server settings for bulk imports: more shared buffers than PostgreSQL's 128 MB default, and
     * checkpoints at most every 4 GB of WAL or 15 minutes instead of 1 GB or 5 minutes (a large import
     * writes gigabytes; every checkpoint makes the next change of each page write the whole page).
     */
    public static EmbeddedPostgres.Builder tuned(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min");
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("parallax-embedded");
        return new HikariDataSource(config);
    }

    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
