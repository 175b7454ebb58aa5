package org.parallax.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class of the test classpath run in a JVM of its own, so that a test can kill it as a crash would
 * ({@code kill -9}: no shutdown hook, no cleanup), with its output in a file the test can watch.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    public final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code mainClass} with the arguments, on this JVM's classpath and Java. */
    public static ChildJvm start(Class<?> mainClass, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Files.deleteIfExists(output);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new ChildJvm(p, output);
    }

    /** Waits until a line of the output matches; answers the match. */
    public Matcher awaitLine(String regex, Duration timeout) throws IOException, InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return m;
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the child JVM ended (" + process.exitValue() + ") before printing " + regex
                        + ":\n" + tail());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no line matching " + regex + " within " + timeout + ":\n" + tail());
    }

    /** The end of the child's output, for failure messages. */
    public String tail() throws IOException {
        String all = Files.readString(output, StandardCharsets.UTF_8);
        return all.substring(Math.max(0, all.length() - 4000));
    }

    /** Kills the JVM with SIGKILL, as {@code kill -9} does, and waits for it to be gone. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the JVM as an operator would (SIGTERM: shutdown hooks run, the application closes cleanly). */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill9();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}
