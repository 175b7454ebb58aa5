package org.parallax.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.account.CurrentUser;
import org.parallax.article.ArticleFlag;
import org.parallax.article.ArticleRepository;
import org.parallax.article.NewArticle;
import org.parallax.outlet.OutletRepository;
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
 * duplicate is reported, not stored. The batch and its report are created with the first record;
 * input that cannot be read at all raises {@link UnreadableInputException} and stores nothing.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ArticleRepository articles;
    private final OutletRepository outlets;
    private final ImportBatchRepository batches;
    private final ParserRegistry parsers;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportService(ArticleRepository articles, OutletRepository outlets, ImportBatchRepository batches,
                  ParserRegistry parsers, CurrentUser currentUser, TransactionTemplate transactions, Clock clock) {
        this.articles = articles;
        this.outlets = outlets;
        this.batches = batches;
        this.parsers = parsers;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
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
        CountingInputStream counted = new CountingInputStream(input);
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.open(counted);
        } catch (IOException e) {
            throw new UnreadableInputException("the file could not be read: " + e.getMessage());
        }
        ImportFormat format = requested != null ? requested : FormatDetector.detect(decoded.sample(), sourceName);
        Run run = new Run(sourceName, format, counted, listener);
        try (var reader = decoded.reader()) {
            parsers.forFormat(format).parse(reader, record -> {
                if (listener.cancelled()) {
                    throw new Cancelled();
                }
                run.accept(record);
            });
        } catch (Cancelled c) {
            run.status = "cancelled";
        } catch (UnreadableInputException e) {
            if (run.batchId == null) {
                throw e;
            }
            run.reject(new RecordProblem("rest of the input", "could not be read: " + e.getMessage()));
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

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** The state of one import while it runs. */
    private final class Run {
        final String sourceName;
        final ImportFormat format;
        final CountingInputStream counted;
        final ImportListener listener;
        @Nullable Long batchId;
        String status = "finished";
        int created;
        int duplicates;
        int rejected;
        int warnings;

        Run(String sourceName, ImportFormat format, CountingInputStream counted, ImportListener listener) {
            this.sourceName = sourceName;
            this.format = format;
            this.counted = counted;
            this.listener = listener;
        }

        long batch() {
            if (batchId == null) {
                batchId = batches.create(sourceName, format, currentUser.id());
            }
            return batchId;
        }

        void accept(ParsedRecord record) {
            switch (record) {
                case ParsedRecord.Rejected r -> reject(new RecordProblem(r.record(), r.reason()));
                case ParsedRecord.Accepted a -> store(a);
            }
            listener.progress(counted.count, created, duplicates, rejected);
        }

        void reject(RecordProblem problem) {
            batches.addIssue(batch(), ImportBatchRepository.REJECTED, problem);
            rejected++;
        }

        void store(ParsedRecord.Accepted accepted) {
            long batch = batch();
            ParsedArticle a = accepted.article();
            try {
                List<String> notes = new ArrayList<>(a.warnings());
                Optional<Long> id = transactions.execute(tx -> insert(batch, accepted.record(), a, notes));
                if (id.isPresent()) {
                    created++;
                    for (String note : notes) {
                        batches.addIssue(batch, ImportBatchRepository.WARNING, new RecordProblem(accepted.record(), note));
                        warnings++;
                    }
                } else {
                    duplicates++;
                    String existing = articles.findExisting(ContentHash.of(a.title(), a.body()), a.url())
                            .map(i -> "article #" + i).orElse("an article stored meanwhile");
                    batches.addIssue(batch, ImportBatchRepository.DUPLICATE,
                            new RecordProblem(accepted.record(), "duplicate of " + existing + " (same text or URL): not stored again"));
                }
            } catch (RuntimeException e) {
                log.warn("Record {} of {} failed", accepted.record(), sourceName, e);
                reject(new RecordProblem(accepted.record(), "could not be stored: " + e.getMessage()));
            }
        }

        Optional<Long> insert(long batch, String record, ParsedArticle a, List<String> notes) {
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
            return articles.insertIfNew(article);
        }

        ImportReport finish() {
            batches.finish(batchId, status, created, duplicates, rejected, warnings, OffsetDateTime.now(clock));
            return batches.findReport(batchId).orElseThrow();
        }
    }

    /** Counts the bytes read from the raw input, for progress. */
    private static final class CountingInputStream extends FilterInputStream {
        volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
