package org.parallax.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** {@link DocumentFrequencies} counted from documents held in memory. Immutable. */
public final class InMemoryDocumentFrequencies implements DocumentFrequencies {

    private final int documentCount;
    private final Map<String, Integer> frequencies;

    private InMemoryDocumentFrequencies(int documentCount, Map<String, Integer> frequencies) {
        this.documentCount = documentCount;
        this.frequencies = Map.copyOf(frequencies);
    }

    /** Counts every distinct term of every document once per document. */
    public static InMemoryDocumentFrequencies of(Collection<TermCounts> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (TermCounts document : documents) {
            for (String term : document.counts().keySet()) {
                df.merge(term, 1, Integer::sum);
            }
        }
        return new InMemoryDocumentFrequencies(documents.size(), df);
    }

    /** Given statistics: N and df per term, each df between 1 and N. */
    public static InMemoryDocumentFrequencies of(int documentCount, Map<String, Integer> frequencies) {
        if (documentCount < 0) {
            throw new IllegalArgumentException("Negative document count " + documentCount);
        }
        for (Map.Entry<String, Integer> e : frequencies.entrySet()) {
            if (e.getValue() < 1 || e.getValue() > documentCount) {
                throw new IllegalArgumentException("Document frequency out of [1, " + documentCount + "]: " + e);
            }
        }
        return new InMemoryDocumentFrequencies(documentCount, frequencies);
    }

    @Override
    public int documentCount() {
        return documentCount;
    }

    @Override
    public int documentFrequency(String term) {
        return frequencies.getOrDefault(term, 0);
    }
}
