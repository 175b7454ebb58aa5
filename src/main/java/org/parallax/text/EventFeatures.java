package org.parallax.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link EventSimilarity} knows of an event (a group of articles).
 *
 * @param body the body centroid, the mean of the members' body vectors
 * @param title the title centroid, the mean of the members' title vectors
 * @param actorKeys the event's actors: see {@link #of}
 * @param times the members' publication times, sorted, undated members left out
 */
public record EventFeatures(SparseVector body, SparseVector title, Set<String> actorKeys, List<Instant> times) {

    public EventFeatures {
        actorKeys = Set.copyOf(actorKeys);
        List<Instant> sorted = new ArrayList<>(times);
        sorted.sort(null);
        times = List.copyOf(sorted);
    }

    /**
     * The features of an event with these members: mean body and title vectors ({@link
     * SparseVector#mean}, over members that have one), the actor keys held by at least half the
     * members (a key of k of m members counts when 2k ≥ m, so every key of a one- or two-article
     * event), and the members' dated times.
     */
    public static EventFeatures of(Collection<ArticleFeatures> members) {
        List<SparseVector> bodies = new ArrayList<>();
        List<SparseVector> titles = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        Map<String, Integer> actorCounts = new HashMap<>();
        for (ArticleFeatures member : members) {
            if (!member.body().isEmpty()) {
                bodies.add(member.body());
            }
            if (!member.title().isEmpty()) {
                titles.add(member.title());
            }
            if (member.time() != null) {
                times.add(member.time());
            }
            for (String key : member.actorKeys()) {
                actorCounts.merge(key, 1, Integer::sum);
            }
        }
        Set<String> actors = new HashSet<>();
        actorCounts.forEach((key, count) -> {
            if (2L * count >= members.size()) {
                actors.add(key);
            }
        });
        return new EventFeatures(SparseVector.mean(bodies), SparseVector.mean(titles), actors, times);
    }
}
