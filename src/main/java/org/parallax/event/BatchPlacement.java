package org.parallax.event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.text.ArticleFeatures;
import org.parallax.text.TfIdfVectorizer;

/**
 * Groups a batch of newly stored articles (an import stores up to 128 per transaction) as
 * {@link GroupingService#assign} would one by one, in id order, with a fixed number of queries
 * whatever the batch's size: one statistics lookup for all their terms, one insert of all their
 * signatures, one candidate search for all of them ({@link GroupingRepository#candidateEventsOfBatch}:
 * over the articles stored before the batch), one read of the candidate events' members, one read of
 * shingles for the near-duplicate checks, then the set-based writes of {@link EventPlacement#write}.
 * Candidates among the batch's own earlier articles are found in memory from their signatures,
 * and merged with the stored ones by terms shared.
 *
 * <p>The statistics are those of the corpus with the whole batch counted in (they are counted when
 * the batch is stored, before it is grouped), so an article's weights can differ very slightly from
 * placing it alone before the rest of its batch was stored.
 */
final class BatchPlacement extends EventPlacement {

    private final Map<Long, Map<Long, Integer>> storedCandidates = new HashMap<>();
    /** Signature term → the batch articles placed so far that have it. */
    private final Map<String, List<Long>> batchPostings = new HashMap<>();
    /** The batch articles placed so far: their times ({@link GroupingService#microsOrUndated}). */
    private final Map<Long, Long> batchPublished = new HashMap<>();

    BatchPlacement(Tools tools, double threshold) {
        super(tools, threshold);
    }

    /** Places the batch (ascending ids: the order they were stored in); answers each article's event. */
    Map<Long, Long> run(List<FeatureArrays> batch) {
        Set<String> terms = new HashSet<>();
        batch.forEach(f -> terms.addAll(Signatures.ownTerms(f)));
        Map<String, Integer> df = frequencies(terms);
        TfIdfVectorizer vectorizer = Signatures.vectorizer(df);
        List<Long> ids = new ArrayList<>(batch.size());
        List<ArticleFeatures> vectors = new ArrayList<>(batch.size());
        List<Set<String>> signatures = new ArrayList<>(batch.size());
        for (FeatureArrays own : batch) {
            ArticleFeatures self = Signatures.toFeatures(own, vectorizer);
            ids.add(own.articleId());
            vectors.add(self);
            signatures.add(Signatures.signature(own, self, df));
        }
        tools.grouping().storeSignatures(batch, signatures);
        storedCandidates.putAll(tools.grouping().candidateEventsOfBatch(batch, GroupingService.WINDOW,
                GroupingService.CANDIDATE_ARTICLES * 4, GroupingService.CANDIDATE_EVENTS));
        Set<Long> events = new HashSet<>();
        storedCandidates.values().forEach(c -> events.addAll(c.keySet()));
        members.putAll(tools.grouping().topMembers(events, GroupingService.NEAR_DUPLICATE_CANDIDATES + 1));
        readRepresentativesAhead();
        for (int i = 0; i < batch.size(); i++) {
            FeatureArrays own = batch.get(i);
            place(own, vectors.get(i), signatures.get(i), true);
            batchPublished.put(own.articleId(), GroupingService.microsOrUndated(own.publishedAt()));
            signatures.get(i).forEach(t -> batchPostings.computeIfAbsent(t, k -> new ArrayList<>()).add(own.articleId()));
        }
        long[] created = write();
        Map<Long, Long> placed = new HashMap<>();
        for (long id : ids) {
            long e = eventOf.get(id);
            placed.put(id, e < 0 ? created[(int) (-e - 1)] : e);
        }
        return placed;
    }

    /**
     * Reads the features of the candidate events' representatives and the statistics of all their
     * terms at once, so that scoring the batch looks nothing up article by article.
     */
    private void readRepresentativesAhead() {
        List<Long> reps = new ArrayList<>();
        members.values().forEach(ms -> ms.subList(0, Math.min(GroupingService.REPRESENTATIVES, ms.size()))
                .forEach(m -> reps.add(m.articleId())));
        frequenciesOf(tools.features().getAll(reps).values());
    }

    /** The stored candidates found by the batch's query, merged with the batch's earlier articles' events. */
    @Override
    protected List<Long> candidateEvents(long articleId, Set<String> signature, @Nullable OffsetDateTime publishedAt) {
        Map<Long, Integer> bestShared = new HashMap<>(storedCandidates.getOrDefault(articleId, Map.of()));
        Map<Long, int[]> counts = new HashMap<>();
        for (String t : signature) {
            for (long a : batchPostings.getOrDefault(t, List.of())) {
                counts.computeIfAbsent(a, k -> new int[1])[0]++;
            }
        }
        long own = GroupingService.microsOrUndated(publishedAt);
        counts.forEach((a, c) -> {
            if (c[0] >= 2 && GroupingService.withinWindow(own, batchPublished.get(a))) {
                bestShared.merge(eventOf.get(a), c[0], Math::max);
            }
        });
        return topEvents(bestShared);
    }
}
