package org.parallax.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without a web server for a command ({@code import}, {@code regroup},
 * {@code evaluate-grouping}). Arguments starting with {@code --} are Spring properties and win over
 * the command's defaults; the others are the command's operands.
 */
public final class CommandLine {

    /** Vaadin's auto-configuration needs a servlet container; commands run without one. */
    public static final String NO_VAADIN = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    private CommandLine() {}

    public static List<String> options(String[] args) {
        return List.of(args).subList(1, args.length).stream().filter(a -> a.startsWith("--")).toList();
    }

    public static List<String> operands(String[] args) {
        return List.of(args).subList(1, args.length).stream().filter(a -> !a.startsWith("--")).toList();
    }

    /** Starts the context with the command's defaults, then the user's {@code --options}. */
    public static ConfigurableApplicationContext start(Class<?> application, List<String> defaults, List<String> options) {
        List<String> springArgs = new ArrayList<>(List.of(
                "--parallax.demo.enabled=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.parallax=WARN",
                "--spring.autoconfigure.exclude=" + NO_VAADIN));
        springArgs.addAll(defaults);
        springArgs.addAll(options);
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE).run(springArgs.toArray(String[]::new));
    }
}
