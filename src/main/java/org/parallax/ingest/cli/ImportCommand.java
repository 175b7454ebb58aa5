package org.parallax.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.RecordProblem;
import org.parallax.ingest.UnreadableInputException;
import org.parallax.platform.CommandLine;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar parallax.jar import FILE…}: imports each file into the configured database
 * (the embedded one by default) and prints its report. Exit code 0 when every file was read,
 * 1 when a file could not be read at all, 2 on wrong usage.
 */
public final class ImportCommand {

    public static final String NAME = "import";



    private ImportCommand() {}

    /**
     * Runs the command: arguments starting with {@code --} are Spring properties
     * ({@code --spring.datasource.url=…}, {@code --parallax.data-dir=…}), the others are files.
     */
    public static int run(Class<?> application, String[] args) {
        List<String> files = CommandLine.operands(args);
        if (files.isEmpty()) {
            System.err.println("usage: java -jar parallax.jar import [--property=value…] FILE…");
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, List.of(), CommandLine.options(args))) {
            return importAll(context.getBean(ImportService.class), files, System.out, System.err);
        }
    }

    static int importAll(ImportService imports, List<String> files, PrintStream out, PrintStream err) {
        int exit = 0;
        for (String file : files) {
            Path path = Path.of(file);
            try (InputStream in = Files.newInputStream(path)) {
                print(imports.importStream(path.getFileName().toString(), in, null), out);
            } catch (UnreadableInputException e) {
                err.println(file + ": not imported: " + e.getMessage());
                exit = 1;
            } catch (IOException e) {
                err.println(file + ": cannot be opened: " + e.getMessage());
                exit = 1;
            }
        }
        return exit;
    }

    static void print(ImportReport r, PrintStream out) {
        out.printf("%s: import #%d (%s, %s): %d created, %d duplicates, %d rejected, %d warnings%n",
                r.sourceName(), r.id(), r.format().toLowerCase(), r.status(), r.created(), r.duplicates(),
                r.rejected().size(), r.warnings().size());
        section(out, "rejected", r.rejected());
        section(out, "duplicate", r.duplicateRecords());
        section(out, "warning", r.warnings());
        if (!r.articleIds().isEmpty()) {
            out.println("  articles: " + r.articleIds());
        }
    }

    private static void section(PrintStream out, String label, List<RecordProblem> problems) {
        for (RecordProblem p : problems) {
            out.printf("  %s: %s: %s%n", label, p.record(), p.message());
        }
    }
}
