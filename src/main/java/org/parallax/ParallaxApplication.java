package org.parallax;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ParallaxApplication {
    public static void main(String[] args) {
        SpringApplication.run(ParallaxApplication.class, args);
    }
}
