package org.parallax;

import org.parallax.ingest.cli.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Parallax: with no arguments, the web app (http://localhost:8080); with a command as the first
 * argument, that command on the same jar ({@code import FILE…}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParallaxApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ImportCommand.NAME.equals(args[0])) {
            System.exit(ImportCommand.run(ParallaxApplication.class, args));
        }
        SpringApplication.run(ParallaxApplication.class, args);
    }
}
