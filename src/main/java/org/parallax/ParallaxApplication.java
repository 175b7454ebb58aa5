package org.parallax;

import org.parallax.event.cli.EvaluateGroupingCommand;
import org.parallax.event.cli.RegroupCommand;
import org.parallax.ingest.cli.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Parallax: with no arguments, the web app (http://localhost:8080); with a command as the first
 * argument, that command on the same jar ({@code import FILE…}, {@code regroup}, {@code evaluate-grouping FILE}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParallaxApplication {

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case ImportCommand.NAME -> System.exit(ImportCommand.run(ParallaxApplication.class, args));
            case RegroupCommand.NAME -> System.exit(RegroupCommand.run(ParallaxApplication.class, args));
            case EvaluateGroupingCommand.NAME -> System.exit(EvaluateGroupingCommand.run(ParallaxApplication.class, args));
            default -> SpringApplication.run(ParallaxApplication.class, args);
        }
    }
}
