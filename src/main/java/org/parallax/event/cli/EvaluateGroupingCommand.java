package org.parallax.event.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.parallax.event.GroupingEvaluation;
import org.parallax.platform.CommandLine;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar parallax.jar evaluate-grouping FILE.jsonl}: imports a labelled JSON Lines
 * corpus (each article with a {@code gold_event}) into a scratch embedded database and prints pair-counting
 * and B-cubed precision, recall and F1 of the events the import made ("As imported") and of a regroup at
 * each granularity.
 */
public final class EvaluateGroupingCommand {

    public static final String NAME = "evaluate-grouping";

    private EvaluateGroupingCommand() {}

    public static int run(Class<?> application, String[] args) throws IOException {
        List<String> files = CommandLine.operands(args);
        if (files.size() != 1) {
            System.err.println("usage: java -jar parallax.jar evaluate-grouping FILE.jsonl");
            return 2;
        }
        Path file = Path.of(files.getFirst());
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no such file");
            return 1;
        }
        Path scratch = Files.createTempDirectory("parallax-evaluation");
        try (ConfigurableApplicationContext context = CommandLine.start(application,
                List.of("--parallax.data-dir=" + scratch), CommandLine.options(args))) {
            GroupingEvaluation.Result result = context.getBean(GroupingEvaluation.class).evaluate(file);
            System.out.print(GroupingEvaluation.format(file.getFileName().toString(), result));
            return 0;
        } finally {
            try (var paths = Files.walk(scratch)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
