package org.parallax.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the embedded PostgreSQL starts: a PostgreSQL server still running in its data directory
 * is stopped when no running Parallax owns it (the Parallax that started it was killed, e.g. with
 * {@code kill -9}, and could not stop it), so that this start succeeds the first time.
 *
 * <p>The server is found through {@code postmaster.pid} (its first line is the server's process id)
 * and recognised by its command line ({@code /proc/PID/cmdline}: a {@code postgres} program with
 * {@code -D} naming this directory) or its working directory ({@code /proc/PID/cwd}). A Parallax owns
 * it while it holds the lock on {@code epg-lock} in the directory (taken by the embedded database
 * library for as long as that Parallax runs; the operating system releases it when the process dies,
 * however it dies). A server with an owner is left alone and the start is refused; an orphan gets a
 * fast shutdown (SIGINT: open transactions are rolled back, the data is consistent), and only when it
 * has not stopped after {@link #FAST_SHUTDOWN} a SIGKILL (PostgreSQL then recovers from its write-ahead
 * log on the next start). A {@code postmaster.pid} naming a live process that is not a PostgreSQL of
 * this directory (its id was reused after a reboot) is removed, as PostgreSQL would refuse to start.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);
    static final Duration FAST_SHUTDOWN = Duration.ofSeconds(30);
    /** The lock file of the embedded database library (zonky), held by the process that runs the server. */
    static final String OWNER_LOCK = "epg-lock";

    /** What was found in the data directory before starting. */
    enum Outcome {
        /** No server was running there. */
        NONE,
        /** An orphaned server was running there and was stopped. */
        STOPPED_ORPHAN,
        /** {@code postmaster.pid} named a process that is not a PostgreSQL of this directory; the file was removed. */
        REMOVED_STALE_PID_FILE
    }

    private OrphanPostmaster() {}

    /**
     * Stops an orphaned server of {@code pgData}, if there is one.
     *
     * @throws DatabaseUnavailableException when a running Parallax owns the server there
     */
    static Outcome clear(Path pgData) {
        Optional<Long> pid = pidOf(pgData);
        if (pid.isEmpty()) {
            return Outcome.NONE;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Outcome.NONE; // PostgreSQL itself ignores a postmaster.pid whose process is gone
        }
        if (!isPostgresOf(pid.get(), pgData)) {
            try {
                Files.deleteIfExists(pgData.resolve("postmaster.pid"));
            } catch (IOException e) {
                return Outcome.NONE; // PostgreSQL will say what is wrong
            }
            log.warn("Removed a stale postmaster.pid from {}: process {} is not a PostgreSQL server of this directory", pgData, pid.get());
            return Outcome.REMOVED_STALE_PID_FILE;
        }
        try (FileChannel channel = FileChannel.open(pgData.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held in this very process
            }
            if (lock == null) {
                throw new DatabaseUnavailableException("Parallax could not start its embedded PostgreSQL in " + pgData
                        + " (it is used by another running Parallax: its PostgreSQL server runs as process " + pid.get() + ")",
                        "Stop the other Parallax first, or set parallax.data-dir to another directory.", null);
            }
            try {
                stop(process.get(), pgData);
            } finally {
                lock.release();
            }
            return Outcome.STOPPED_ORPHAN;
        } catch (IOException e) {
            log.debug("Could not check who owns the PostgreSQL server in {}", pgData, e);
            return Outcome.NONE;
        }
    }

    private static void stop(ProcessHandle process, Path pgData) {
        long pid = process.pid();
        log.warn("Found PostgreSQL (process {}) still running in {} with no Parallax owning it (the last Parallax did not shut "
                + "down cleanly, e.g. it was killed): stopping it, then starting afresh", pid, pgData);
        signal(pid, "INT", process);
        if (!awaitExit(process, FAST_SHUTDOWN)) {
            log.warn("PostgreSQL (process {}) did not stop within {} s: killing it (it recovers from its log when started)",
                    pid, FAST_SHUTDOWN.toSeconds());
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
        }
        // the server's own children (backends, writers) leave right after it
        for (int i = 0; i < 50 && Files.exists(pgData.resolve("postmaster.pid")) && process.isAlive(); i++) {
            sleep(100);
        }
        log.info("Stopped the orphaned PostgreSQL (process {}) in {}", pid, pgData);
    }

    /** Sends a signal with kill(1); SIGTERM (a smart shutdown) when kill cannot be run. */
    private static void signal(long pid, String signal, ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill(1): fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The server's process id: the first line of {@code postmaster.pid}. */
    static Optional<Long> pidOf(Path pgData) {
        Path file = pgData.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process is a PostgreSQL server whose data directory is {@code pgData}. */
    static boolean isPostgresOf(long pid, Path pgData) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            Path real = pgData.toRealPath();
            String[] args = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0");
            if (args.length == 0 || !Path.of(args[0]).getFileName().toString().startsWith("postgres")) {
                return false;
            }
            for (int i = 1; i + 1 < args.length; i++) {
                if (args[i].equals("-D") && sameFile(Path.of(args[i + 1]), real)) {
                    return true;
                }
            }
            return sameFile(Files.readSymbolicLink(proc.resolve("cwd")), real);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean sameFile(Path candidate, Path real) {
        try {
            return candidate.toRealPath().equals(real);
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
