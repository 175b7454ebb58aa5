package org.parallax.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep one import from exhausting the machine ({@code parallax.import.*}; see README).
 * A record over a field limit is rejected with its reason; an input over a size limit stops at
 * the limit, keeping the whole records stored before it.
 *
 * @param maxFileBytes      largest input read, in bytes (an upload, a file, a fetched page, an archive entry)
 * @param maxRecords        most records read from one import
 * @param maxTitleChars     longest title stored
 * @param maxBodyChars      longest body stored
 * @param maxFieldChars     longest URL, byline, outlet name or other short field stored
 * @param maxArchiveBytes   most bytes a ZIP may expand to, all entries together (stops ZIP bombs)
 * @param maxArchiveEntries most entries read from one ZIP
 * @param maxCompressionRatio most bytes a ZIP entry may expand to per compressed byte, checked once it has
 *                          expanded past a megabyte (stops ZIP bombs long before {@code maxArchiveBytes})
 * @param recordsPerTransaction most records stored (and grouped) in one transaction: more is faster
 *                          (fewer statements per record), fewer makes a cancelled import stop sooner
 */
@ConfigurationProperties("parallax.import")
public record ImportLimits(
        @DefaultValue("536870912") long maxFileBytes,
        @DefaultValue("1000000") int maxRecords,
        @DefaultValue("1000") int maxTitleChars,
        @DefaultValue("1000000") int maxBodyChars,
        @DefaultValue("2000") int maxFieldChars,
        @DefaultValue("2147483648") long maxArchiveBytes,
        @DefaultValue("10000") int maxArchiveEntries,
        @DefaultValue("128") int recordsPerTransaction,
        @DefaultValue("200") int maxCompressionRatio) {

    public ImportLimits {
        if (recordsPerTransaction < 1) {
            throw new IllegalArgumentException("parallax.import.records-per-transaction must be at least 1");
        }
        if (maxCompressionRatio < 1) {
            throw new IllegalArgumentException("parallax.import.max-compression-ratio must be at least 1");
        }
    }
}
