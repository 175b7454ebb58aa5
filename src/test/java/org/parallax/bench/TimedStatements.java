package org.parallax.bench;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A benchmark's test configuration: a {@link StatementTimer} added to jOOQ's configuration, to autowire. */
@TestConfiguration(proxyBeanMethods = false)
class TimedStatements {

    @Bean
    StatementTimer statementTimer() {
        return new StatementTimer();
    }

    @Bean
    DefaultConfigurationCustomizer statementTimerCustomizer(StatementTimer timer) {
        return timer.customizer();
    }
}
