package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.fetch.FetchException;
import org.parallax.ingest.fetch.FetchedPage;
import org.parallax.ingest.fetch.UrlFetcher;

/**
 * Reads one import's input into records, on its reader thread: a ZIP entry by entry (under the archive's
 * entry count, expanded size and compression ratio limits; metadata and hidden files are listed as skipped),
 * a URL list page by page (each page fetched and read as an input of its own), anything else through its
 * format's parser. Archives inside archives and URL lists inside archives or pages are not read.
 */
final class SourceExpander {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** Where the records read go: the import's reader side. */
    interface Sink {
        /** The input's format, once known; only the first one counts. */
        void format(ImportFormat format);

        /** A charset the input's text was decoded from. */
        void charset(String charset);

        /** A record the parser read, accepted or rejected. */
        void accept(RecordOrigin origin, ParsedRecord record);

        /** A part of the input rejected or skipped with its reason. */
        void reject(RecordProblem problem);

        /** Stops reading (throws) when the import has stopped. */
        void checkCancelled();

        /** The end of a page fetched from a URL list. */
        void pageEnd();
    }

    private final ParserRegistry parsers;
    private final UrlFetcher fetcher;
    private final ImportLimits limits;

    SourceExpander(ParserRegistry parsers, UrlFetcher fetcher, ImportLimits limits) {
        this.parsers = parsers;
        this.fetcher = fetcher;
        this.limits = limits;
    }

    /**
     * Reads the whole input named {@code name} into {@code sink}.
     *
     * @param requested the format to read, or {@code null} to detect it from the content
     */
    void read(Sink sink, String name, BufferedInputStream in, @Nullable ImportFormat requested) throws IOException {
        importSource(sink, new RecordOrigin("", null), name, in, requested, true);
    }

    private void importSource(Sink sink, RecordOrigin origin, String name, BufferedInputStream in,
                              @Nullable ImportFormat requested, boolean topLevel) throws IOException {
        if ((requested == null || requested == ImportFormat.ZIP) && startsWith(in, ZIP_MAGIC)) {
            if (!topLevel) {
                throw new UnreadableInputException("archives inside archives are not read");
            }
            sink.format(ImportFormat.ZIP);
            importZip(sink, name, in);
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.open(in);
        sink.charset(decoded.charset().name());
        RecordOrigin decodedOrigin = new RecordOrigin(origin.prefix(), origin.url(), decoded.charset().name());
        ImportFormat format = requested != null && requested != ImportFormat.ZIP
                ? requested : FormatDetector.detect(decoded.sample(), name);
        if (topLevel) {
            sink.format(format);
        }
        try (Reader reader = decoded.reader()) {
            if (format == ImportFormat.URLS) {
                if (!topLevel) {
                    throw new UnreadableInputException("URL lists are read only as a file of their own, not inside an archive or page");
                }
                importUrls(sink, reader);
            } else {
                parsers.forFormat(format).parse(reader, record -> sink.accept(decodedOrigin, record));
            }
        }
    }

    private void importZip(Sink sink, String archiveName, InputStream in) throws IOException {
        long expandedBytes = 0;
        int entries = 0;
        BoundedInputStream compressed = new BoundedInputStream(in, Long.MAX_VALUE, max -> "", true);
        try (ZipInputStream zip = new ZipInputStream(compressed)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String skipped = skippedEntry(entry.getName());
                if (skipped != null) {
                    sink.reject(new RecordProblem(archiveName + "!" + entry.getName(), "skipped: " + skipped));
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
                long compressedAtStart = compressed.count();
                InputStream guarded = new RatioLimitedInputStream(entryBytes, () -> compressed.count() - compressedAtStart,
                        limits.maxCompressionRatio(), entryName);
                try {
                    importSource(sink, new RecordOrigin(entryName + ": ", null), entry.getName(),
                            new BufferedInputStream(guarded, 1 << 16), null, false);
                } catch (UnreadableInputException e) {
                    sink.reject(new RecordProblem(entryName, "not read: " + e.getMessage()));
                }
                // what the parser left unread is inflated here, not by the next getNextEntry(), so that it too
                // counts against the archive's budget and compression ratio
                guarded.transferTo(java.io.OutputStream.nullOutputStream());
                expandedBytes += entryBytes.count();
            }
        } catch (ZipException e) {
            if (entries == 0) {
                throw new UnreadableInputException("the ZIP archive is damaged: " + e.getMessage());
            }
            sink.reject(new RecordProblem(archiveName, "the rest of the archive is damaged: " + e.getMessage()));
        }
        if (entries == 0) {
            throw new UnreadableInputException("the ZIP archive '" + archiveName + "' has no files");
        }
    }

    private void importUrls(Sink sink, Reader reader) throws IOException {
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
                sink.reject(new RecordProblem("line " + lineNumber, "not an http or https URL"));
                continue;
            }
            sink.checkCancelled();
            try {
                FetchedPage page = fetcher.fetch(url);
                importSource(sink, new RecordOrigin(url + ": ", page.url()), url,
                        new BufferedInputStream(new ByteArrayInputStream(page.body())), null, false);
            } catch (FetchException e) {
                sink.reject(new RecordProblem(url, e.getMessage()));
            } catch (UnreadableInputException e) {
                sink.reject(new RecordProblem(url, "not read: " + e.getMessage()));
            }
            sink.pageEnd();
        }
    }

    /**
     * Why an archive entry is not read, or {@code null} when it is: macOS metadata ({@code __MACOSX/}) and hidden
     * files (a name starting with a dot, after the last {@code /} or {@code \}). Odd names such as
     * {@code ..\..\x.jsonl} are read like any other: an entry's name only names its records, nothing is written.
     */
    private static @Nullable String skippedEntry(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.startsWith("__MACOSX/") || name.contains("/__MACOSX/")) {
            return "macOS metadata (a __MACOSX folder), not an article file";
        }
        if (base.startsWith(".")) {
            return "a hidden file (its name starts with a dot)";
        }
        return null;
    }

    private static boolean startsWith(BufferedInputStream in, byte[] magic) throws IOException {
        in.mark(magic.length);
        byte[] head = in.readNBytes(magic.length);
        in.reset();
        return java.util.Arrays.equals(head, magic);
    }
}
