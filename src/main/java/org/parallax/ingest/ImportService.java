package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.parallax.account.CurrentUser;
import org.parallax.article.ArticleFlag;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleStore;
import org.parallax.article.NewArticle;
import org.parallax.ingest.fetch.FetchException;
import org.parallax.ingest.fetch.FetchedPage;
import org.parallax.ingest.fetch.UrlFetcher;
import org.parallax.outlet.OutletRepository;
import org.parallax.platform.StatisticsRepository;
import org.parallax.text.ContentHash;
import org.parallax.text.WordCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way articles enter Parallax (UI upload, API, command line, demo corpus).
 *
 * <p>Streams the input through the format's parser and stores each record in its own
 * transaction, so a bad record is rejected with its reason while every valid one lands, and a
 * failure never leaves part of a record behind. The same text or URL twice is one article: a
 * duplicate is reported, not stored. A ZIP is read entry by entry and a URL list page by page,
 * all into one import batch. The batch and its report are created with the first record;
 * input that cannot be read at all raises {@link UnreadableInputException} and stores nothing.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final ArticleRepository articles;
    private final ArticleStore store;
    private final OutletRepository outlets;
    private final ImportBatchRepository batches;
    private final ParserRegistry parsers;
    private final UrlFetcher fetcher;
    private final ImportLimits limits;
    private final StatisticsRepository statistics;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportService(ArticleRepository articles, ArticleStore store, OutletRepository outlets, ImportBatchRepository batches,
                  ParserRegistry parsers, UrlFetcher fetcher, ImportLimits limits, StatisticsRepository statistics, CurrentUser currentUser,
                  TransactionTemplate transactions, Clock clock) {
        this.articles = articles;
        this.store = store;
        this.outlets = outlets;
        this.batches = batches;
        this.parsers = parsers;
        this.fetcher = fetcher;
        this.limits = limits;
        this.statistics = statistics;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ImportLimits limits() {
        return limits;
    }

    public ImportReport importStream(String sourceName, InputStream input, @Nullable ImportFormat requested) {
        return importStream(sourceName, input, requested, ImportListener.NONE);
    }

    /**
     * Imports one input.
     *
     * @param sourceName the file name or URL the input came from, shown in the report
     * @param requested  the format to read, or {@code null} to detect it from the content
     * @throws UnreadableInputException when the input as a whole cannot be read; nothing is stored then
     */
    public ImportReport importStream(String sourceName, InputStream input, @Nullable ImportFormat requested,
                                     ImportListener listener) {
        BoundedInputStream counted = new BoundedInputStream(input, limits.maxFileBytes(),
                max -> "the input is larger than " + max + " bytes (parallax.import.max-file-bytes)", true);
        Run run = new Run(sourceName, counted, listener);
        try {
            importSource(run, new Origin("", null), sourceName, new BufferedInputStream(counted, 1 << 16), requested, true);
        } catch (Cancelled c) {
            run.status = "cancelled";
        } catch (UnreadableInputException | LimitExceededException e) {
            if (run.batchId == null) {
                throw e instanceof UnreadableInputException u ? u : new UnreadableInputException(e.getMessage());
            }
            run.reject(new RecordProblem("rest of the input", "not read: " + e.getMessage()));
            run.status = "failed";
        } catch (IOException | UncheckedIOException e) {
            if (run.batchId == null) {
                throw new UnreadableInputException("the file could not be read: " + e.getMessage());
            }
            run.reject(new RecordProblem("rest of the input", "could not be read: " + e.getMessage()));
            run.status = "failed";
        }
        if (run.batchId == null) {
            throw new UnreadableInputException("'" + sourceName + "' contains no articles");
        }
        return run.finish();
    }

    /** Where records come from inside the input: a prefix for their names, and the page URL they were fetched from. */
    private record Origin(String prefix, @Nullable String url) {}

    private void importSource(Run run, Origin origin, String name, BufferedInputStream in, @Nullable ImportFormat requested,
                              boolean topLevel) throws IOException {
        if ((requested == null || requested == ImportFormat.ZIP) && startsWith(in, ZIP_MAGIC)) {
            if (!topLevel) {
                throw new UnreadableInputException("archives inside archives are not read");
            }
            run.format(ImportFormat.ZIP);
            importZip(run, name, in);
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.open(in);
        ImportFormat format = requested != null && requested != ImportFormat.ZIP
                ? requested : FormatDetector.detect(decoded.sample(), name);
        if (topLevel) {
            run.format(format);
        }
        try (Reader reader = decoded.reader()) {
            if (format == ImportFormat.URLS) {
                if (!topLevel) {
                    throw new UnreadableInputException("URL lists are read only as a file of their own, not inside an archive or page");
                }
                importUrls(run, reader);
            } else {
                parsers.forFormat(format).parse(reader, record -> run.accept(origin, record));
            }
        }
    }

    private void importZip(Run run, String archiveName, InputStream in) throws IOException {
        long expandedBytes = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || isHiddenEntry(entry.getName())) {
                    continue;
                }
                if (++entries > limits.maxArchiveEntries()) {
                    throw new LimitExceededException("the archive has more than " + limits.maxArchiveEntries()
                            + " files (parallax.import.max-archive-entries)");
                }
                String entryName = archiveName + "!" + entry.getName();
                // the entry may expand only to what is left of the archive's budget (stops ZIP bombs)
                BoundedInputStream entryBytes = new BoundedInputStream(zip, limits.maxArchiveBytes() - expandedBytes,
                        left -> "the archive expands to more than " + limits.maxArchiveBytes()
                                + " bytes (parallax.import.max-archive-bytes): reading stopped", false);
                try {
                    importSource(run, new Origin(entryName + ": ", null), entry.getName(),
                            new BufferedInputStream(entryBytes, 1 << 16), null, false);
                } catch (UnreadableInputException e) {
                    run.reject(new RecordProblem(entryName, "not read: " + e.getMessage()));
                }
                expandedBytes += entryBytes.count();
            }
        } catch (ZipException e) {
            if (entries == 0) {
                throw new UnreadableInputException("the ZIP archive is damaged: " + e.getMessage());
            }
            run.reject(new RecordProblem(archiveName, "the rest of the archive is damaged: " + e.getMessage()));
        }
        if (entries == 0) {
            throw new UnreadableInputException("the ZIP archive '" + archiveName + "' has no files");
        }
    }

    private void importUrls(Run run, Reader reader) throws IOException {
        var lines = new java.io.BufferedReader(reader);
        String line;
        int lineNumber = 0;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            String url = line.strip();
            if (url.isEmpty() || url.startsWith("#")) {
                continue;
            }
            if (!UrlListSniffer.isUrl(url)) {
                run.reject(new RecordProblem("line " + lineNumber, "not an http or https URL"));
                continue;
            }
            run.checkCancelled();
            try {
                FetchedPage page = fetcher.fetch(url);
                importSource(run, new Origin(url + ": ", page.url()), url,
                        new BufferedInputStream(new ByteArrayInputStream(page.body())), null, false);
            } catch (FetchException e) {
                run.reject(new RecordProblem(url, e.getMessage()));
            } catch (UnreadableInputException e) {
                run.reject(new RecordProblem(url, "not read: " + e.getMessage()));
            }
        }
    }

    private static boolean isHiddenEntry(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.startsWith(".");
    }

    private static boolean startsWith(BufferedInputStream in, byte[] magic) throws IOException {
        in.mark(magic.length);
        byte[] head = in.readNBytes(magic.length);
        in.reset();
        return java.util.Arrays.equals(head, magic);
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** The state of one import while it runs. */
    private final class Run {
        final String sourceName;
        final BoundedInputStream counted;
        final ImportListener listener;
        @Nullable ImportFormat format;
        @Nullable Long batchId;
        String status = "finished";
        int records;
        int created;
        int duplicates;
        int rejected;
        int warnings;

        Run(String sourceName, BoundedInputStream counted, ImportListener listener) {
            this.sourceName = sourceName;
            this.counted = counted;
            this.listener = listener;
        }

        void format(ImportFormat f) {
            if (format == null) {
                format = f;
            }
        }

        long batch() {
            if (batchId == null) {
                batchId = batches.create(sourceName, format == null ? ImportFormat.DIGEST : format, currentUser.id());
            }
            return batchId;
        }

        void checkCancelled() {
            if (listener.cancelled()) {
                throw new Cancelled();
            }
        }

        void accept(Origin origin, ParsedRecord record) {
            checkCancelled();
            if (++records > limits.maxRecords()) {
                throw new LimitExceededException("more than " + limits.maxRecords() + " records (parallax.import.max-records)");
            }
            switch (record) {
                case ParsedRecord.Rejected r -> reject(new RecordProblem(origin.prefix() + r.record(), r.reason()));
                case ParsedRecord.Accepted a -> store(origin, a);
            }
            listener.progress(counted.count(), created, duplicates, rejected);
        }

        void reject(RecordProblem problem) {
            batches.addIssue(batch(), ImportBatchRepository.REJECTED, problem);
            rejected++;
        }

        void store(Origin origin, ParsedRecord.Accepted accepted) {
            long batch = batch();
            String record = origin.prefix() + accepted.record();
            ParsedArticle a = accepted.article();
            if (a.url() == null && origin.url() != null) {
                a = withUrl(a, origin.url());
            }
            Optional<String> tooLong = fieldTooLong(a);
            if (tooLong.isPresent()) {
                reject(new RecordProblem(record, tooLong.get()));
                return;
            }
            try {
                List<String> notes = new ArrayList<>(a.warnings());
                ParsedArticle article = a;
                Optional<Long> id = transactions.execute(tx -> insert(batch, record, article, notes));
                if (id.isPresent()) {
                    created++;
                    articles.nearDuplicateOf(id.get()).ifPresent(original -> notes.add(
                            "near-duplicate of article #" + original.id() + " (" + Math.round(original.similarity() * 100)
                                    + " % of their word 5-grams are shared): kept, linked and flagged"));
                    if (StatisticsRepository.worthAnalyzing(created)) {
                        statistics.analyzeGrowingTables();
                    }
                    for (String note : notes) {
                        batches.addIssue(batch, ImportBatchRepository.WARNING, new RecordProblem(record, note));
                        warnings++;
                    }
                } else {
                    duplicates++;
                    String existing = articles.findExisting(ContentHash.of(a.title(), a.body()), a.url())
                            .map(i -> "article #" + i).orElse("an article stored meanwhile");
                    batches.addIssue(batch, ImportBatchRepository.DUPLICATE,
                            new RecordProblem(record, "duplicate of " + existing + " (same text or URL): not stored again"));
                }
            } catch (RuntimeException e) {
                log.warn("Record {} of {} failed", record, sourceName, e);
                reject(new RecordProblem(record, "could not be stored: " + e.getMessage()));
            }
        }

        Optional<String> fieldTooLong(ParsedArticle a) {
            if (a.title().length() > limits.maxTitleChars()) {
                return Optional.of("title longer than " + limits.maxTitleChars() + " characters (parallax.import.max-title-chars)");
            }
            if (a.body().length() > limits.maxBodyChars()) {
                return Optional.of("text longer than " + limits.maxBodyChars() + " characters (parallax.import.max-body-chars)");
            }
            for (String field : new String[] {a.url(), a.byline(), a.upstreamSource(), a.language(),
                    a.outlet() == null ? null : a.outlet().name()}) {
                if (field != null && field.length() > limits.maxFieldChars()) {
                    return Optional.of("a field is longer than " + limits.maxFieldChars()
                            + " characters (parallax.import.max-field-chars): " + field.substring(0, 60) + "…");
                }
            }
            return Optional.empty();
        }

        Optional<Long> insert(long batch, String record, ParsedArticle a, List<String> notes) {
            // an import can be repeated: trading the last milliseconds of durability on a crash for throughput
            articles.relaxCommitDurability();
            Set<ArticleFlag> flags = a.flags().isEmpty() ? EnumSet.noneOf(ArticleFlag.class) : EnumSet.copyOf(a.flags());
            if (a.body().isBlank()) {
                flags.add(ArticleFlag.EMPTY_BODY);
            }
            Long outletId = null;
            if (a.outlet() != null) {
                outletId = outlets.findOrCreate(a.outlet().name());
            } else {
                flags.add(ArticleFlag.NO_OUTLET);
                notes.add("no outlet could be attributed: the text names none");
            }
            NewArticle article = new NewArticle(a.title(), outletId,
                    a.outlet() == null ? null : a.outlet().evidence().name(),
                    a.outlet() == null ? null : a.outlet().snippet(),
                    a.upstreamSource(), a.url(), a.byline(), a.publishedAt(), a.publishedZone(), a.language(),
                    a.body(), WordCounter.count(a.body()), ContentHash.of(a.title(), a.body()), flags,
                    batch, record, currentUser.id());
            return store.storeIfNew(article);
        }

        ImportReport finish() {
            batches.finish(batchId, status, created, duplicates, rejected, warnings, OffsetDateTime.now(clock));
            return batches.findReport(batchId).orElseThrow();
        }
    }

    private static ParsedArticle withUrl(ParsedArticle a, String url) {
        return new ParsedArticle(a.title(), a.body(), a.outlet(), a.upstreamSource(), a.byline(), url, a.publishedAt(),
                a.publishedZone(), a.language(), a.flags(), a.warnings());
    }
}
