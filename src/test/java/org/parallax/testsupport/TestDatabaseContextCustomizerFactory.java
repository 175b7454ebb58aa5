package org.parallax.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every {@code @SpringBootTest} class its own, empty PostgreSQL database (see
 * {@link TestDatabases}). The customizer is keyed by the test class, so Spring's context cache
 * never shares a database between two test classes.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (!AnnotatedElementUtils.hasAnnotation(testClass, SpringBootTest.class)) {
            return null;
        }
        return new PerClassDatabase(testClass.getName());
    }

    private record PerClassDatabase(String testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabases.TestDatabase db = TestDatabases.create(testClass.substring(testClass.lastIndexOf('.') + 1));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("parallax-test-database", Map.of(
                    "spring.datasource.url", db.url(),
                    "spring.datasource.username", db.user(),
                    "spring.datasource.password", db.password())));
        }
    }
}
