package org.parallax.event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.text.ArticleFeatures;

/**
 * One bulk regroup ({@link GroupingService#regroup}): the same single pass in chronological order as
 * regrouping article by article, with the same candidate search, limits and scores, answered in
 * memory. The inverted index of stored signature terms, every article's publication time and the
 * memberships that stay are read once; features are read a chunk of {@value #CHUNK} articles at a
 * time; the near-duplicate checks of a chunk read the shingles they lack in one query.
 */
final class BulkRegroup extends EventPlacement {

    static final int CHUNK = 500;

    private record Hit(long articleId, int shared) {}

    private final Map<String, long[]> postings;
    private final Map<Long, Long> published = new HashMap<>();

    BulkRegroup(Tools tools, double threshold) {
        super(tools, threshold);
        this.postings = tools.grouping().signaturePostings();
        published.putAll(tools.grouping().publicationTimes());
        for (GroupingRepository.MemberRow m : tools.grouping().memberships()) {
            eventOf.put(m.articleId(), m.eventId());
            members.computeIfAbsent(m.eventId(), e -> new ArrayList<>()).add(new Member(m.articleId(), m.similarity()));
        }
        members.values().forEach(l -> l.sort(ORDER));
    }

    /** Places the articles, in this order, then writes the new events and memberships. */
    void run(List<Long> ids) {
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            Map<Long, FeatureArrays> features = tools.features().getAll(chunk);
            for (long id : chunk) {
                FeatureArrays own = features.get(id);
                placeStored(own == null ? FeatureArrays.empty(id) : own, own != null);
            }
            checkNearDuplicates();
        }
        write();
    }

    private void placeStored(FeatureArrays own, boolean stored) {
        Map<String, Integer> df = frequencies(Signatures.ownTerms(own));
        ArticleFeatures self = Signatures.toFeatures(own, Signatures.vectorizer(df));
        place(own, self, Signatures.signature(own, self, df), stored);
    }

    /** As {@link GroupingRepository#candidateEvents}, over the index and memberships in memory. */
    @Override
    protected List<Long> candidateEvents(long articleId, Set<String> signature, @Nullable OffsetDateTime publishedAt) {
        if (signature.isEmpty()) {
            return List.of();
        }
        long own = GroupingService.microsOrUndated(publishedAt);
        Map<Long, int[]> counts = new HashMap<>();
        for (String t : signature) {
            long[] p = postings.get(t);
            if (p == null) {
                continue;
            }
            for (long a : p) {
                if (a != articleId && GroupingService.withinWindow(own, published.getOrDefault(a, GroupingService.UNDATED))) {
                    counts.computeIfAbsent(a, k -> new int[1])[0]++;
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        counts.forEach((a, c) -> {
            if (c[0] >= 2) {
                hits.add(new Hit(a, c[0]));
            }
        });
        hits.sort(Comparator.comparingInt(Hit::shared).reversed().thenComparing(Comparator.comparingLong(Hit::articleId).reversed()));
        Map<Long, Integer> bestShared = new HashMap<>();
        for (Hit h : hits.subList(0, Math.min(hits.size(), GroupingService.CANDIDATE_ARTICLES * 4))) {
            Long event = eventOf.get(h.articleId());
            if (event != null) {
                bestShared.merge(event, h.shared(), Math::max);
            }
        }
        return topEvents(bestShared);
    }
}
