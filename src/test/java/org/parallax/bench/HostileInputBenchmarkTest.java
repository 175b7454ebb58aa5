package org.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Memory stays bounded whatever the shape of the input: imports generated files whose records are hostile (a
 * CSV quoted field of a third of the file, spanning lines; a JSON Lines line of a third; a digest block of a
 * third), each between two valid records, and samples the heap every 100 ms as {@link ImportAndGroupingBenchmarkTest}
 * does. {@code -Dbench.hostileMb=1024} (default) sets the total size of the three files; run with
 * {@code ./mvnw -Pbench test -Dtest=HostileInputBenchmarkTest -Dbench.hostileMb=200}. The heap is left at the
 * JVM's default size; the bar is a peak live heap (after collections) under 600 MB.
 */
@Tag("bench")
@SpringBootTest(properties = "parallax.import.max-file-bytes=4294967296")
class HostileInputBenchmarkTest {

    private static final int MB = 1 << 20;

    @Autowired ImportService imports;
    @Autowired DataSource dataSource;

    @Test
    void hostileShapesImportInBoundedMemory() throws IOException {
        CleanDatabase.truncate(dataSource);
        long total = Long.getLong("bench.hostileMb", 1024) * MB;
        long each = total / 3;
        List<Path> files = new ArrayList<>();
        try {
            files.add(write("hostile", ".csv", each, "title,body\nBefore the field,A valid row.\nHuge field,\"",
                    "a quoted field that never seems to end\n", "\"\nAfter the field,The next valid row.\n"));
            files.add(write("hostile", ".jsonl", each, "{\"title\":\"Before the line\",\"body\":\"A valid line.\"}\n{\"title\":\"Huge line\",\"body\":\"",
                    "a line that never seems to end ", "\"}\n{\"title\":\"After the line\",\"body\":\"The next valid line.\"}\n"));
            files.add(write("hostile", ".txt", each, "Selected Articles\n\nBefore the block\n\nShare The News\n\nA valid block.\n\n"
                    + "Share The News\nSelected Articles\n\nHuge block\n\nShare The News\n\n",
                    "A paragraph of a block that never seems to end.\n\n",
                    "Share The News\nSelected Articles\n\nAfter the block\n\nShare The News\n\nThe next valid block.\n\nShare The News\n"));
            System.gc();
            ImportAndGroupingBenchmarkTest.PeakHeap peak = new ImportAndGroupingBenchmarkTest.PeakHeap();
            peak.start();
            long start = System.nanoTime();
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    ImportReport report = imports.importStream(file.getFileName().toString(), in, null);
                    System.out.printf("BENCH hostile %s (%.0f MB): created %d, rejected %s%n", file.getFileName(),
                            Files.size(file) / 1e6, report.created(), report.rejected());
                    assertThat(report.created()).as(file.toString()).isEqualTo(2);
                    assertThat(report.rejected()).as(file.toString()).singleElement()
                            .satisfies(p -> assertThat(p.message()).contains("too long"));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            peak.stopSampling();
            System.out.printf("BENCH hostile: %d MB in %.1f s; peak heap used %.0f MB, peak live heap %.0f MB (max heap %.0f MB)%n",
                    total / MB, seconds, peak.peakBytes() / 1e6, peak.peakLiveBytes() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
            assertThat(peak.peakLiveBytes()).isLessThan(600L * 1_000_000);
        } finally {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** A file of about {@code bytes}: {@code head}, {@code filler} repeated, {@code tail}; written in chunks. */
    private static Path write(String prefix, String suffix, long bytes, String head, String filler, String tail) throws IOException {
        Path file = Files.createTempFile(prefix, suffix);
        String chunk = filler.repeat(Math.max(1, MB / filler.length()));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head);
            for (long written = 0; written < bytes; written += chunk.length()) {
                out.write(chunk);
            }
            out.write(tail);
        }
        return file;
    }
}
