package org.parallax.platform;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be reached or started into one clear sentence at start-up
 * (what was tried, and how to fix it) instead of a stack trace.
 */
public class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    public DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException unavailable) {
                return new FailureAnalysis(unavailable.getMessage(), unavailable.action(), failure);
            }
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url == null) {
            return null;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || (t instanceof SQLException sql2 && "28P01".equals(sql2.getSQLState()))
                    || (t instanceof SQLException sql3 && "3D000".equals(sql3.getSQLState()))) {
                return new FailureAnalysis(
                        "Parallax could not connect to the database at " + url + " (" + t.getMessage() + ").",
                        "Check that PostgreSQL is running there and that spring.datasource.username/password are right, "
                                + "or remove spring.datasource.url (and SPRING_DATASOURCE_URL) to use the embedded database.",
                        failure);
            }
        }
        return null;
    }
}
