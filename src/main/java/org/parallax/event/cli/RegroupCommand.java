package org.parallax.event.cli;

import java.util.List;
import org.parallax.event.EventService;
import org.parallax.event.Granularity;
import org.parallax.event.RegroupResult;
import org.parallax.platform.CommandLine;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar parallax.jar regroup [same-happening|same-event|same-story|THRESHOLD]}:
 * regroups the whole corpus (pinned and hand-placed articles stay) and prints what it did.
 */
public final class RegroupCommand {

    public static final String NAME = "regroup";

    private RegroupCommand() {}

    public static int run(Class<?> application, String[] args) {
        List<String> operands = CommandLine.operands(args);
        double threshold;
        try {
            threshold = operands.isEmpty() ? Granularity.DEFAULT.threshold() : parseThreshold(operands.getFirst());
        } catch (IllegalArgumentException e) {
            System.err.println("usage: java -jar parallax.jar regroup [same-happening|same-event|same-story|0.30]");
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, List.of(), CommandLine.options(args))) {
            RegroupResult r = context.getBean(EventService.class).regroup(threshold, null, null);
            System.out.printf("regrouped %d articles into %d events with threshold %.2f in %.1f s (%d pinned or hand-placed articles kept)%n",
                    r.articles(), r.events(), threshold, r.millis() / 1000.0, r.pinnedKept());
            return 0;
        }
    }

    static double parseThreshold(String s) {
        for (Granularity g : Granularity.values()) {
            if (g.name().replace('_', '-').equalsIgnoreCase(s)) {
                return g.threshold();
            }
        }
        double t = Double.parseDouble(s);
        if (!(t > 0 && t < 1)) {
            throw new IllegalArgumentException("threshold out of (0, 1)");
        }
        return t;
    }
}
