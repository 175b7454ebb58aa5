package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.text.Actor;
import org.parallax.text.ActorMerger;
import org.parallax.text.Mention;

/**
 * Actors across the event: the mentions stored per article ({@code article_actor}) merged again over
 * all of the event's articles with {@link ActorMerger}, so that "Pashinyan" in one outlet and
 * "Armenian Prime Minister Nikol Pashinyan" in another are one actor. Ordered by how many articles
 * name the actor, then by mentions.
 */
final class ActorGrouper {

    private ActorGrouper() {}

    static List<ActorGroup> group(List<ComparedArticle> articles, List<ComparisonRepository.StoredActor> stored) {
        Map<Long, ComparedArticle> byId = new java.util.HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<Mention> mentions = new ArrayList<>();
        Map<Mention, Long> articleOf = new IdentityHashMap<>();
        for (ComparedArticle article : articles) {
            for (var actor : stored) {
                if (actor.articleId() != article.id()) {
                    continue;
                }
                String body = article.body();
                for (int i = 0; i + 1 < actor.spans().length; i += 2) {
                    int begin = actor.spans()[i];
                    int end = actor.spans()[i + 1];
                    if (begin < 0 || end > body.length() || end <= begin) {
                        continue;
                    }
                    try {
                        Mention m = Mention.of(body.substring(begin, end), begin);
                        mentions.add(m);
                        articleOf.put(m, article.id());
                    } catch (IllegalArgumentException notAName) {
                        // a span whose text no longer yields a key: skip it rather than fail the comparison
                    }
                }
            }
        }
        mentions.sort(Comparator.comparingInt((Mention m) -> articles.indexOf(byId.get(articleOf.get(m))))
                .thenComparingInt(Mention::begin));
        List<ActorGroup> groups = new ArrayList<>();
        for (Actor actor : new ActorMerger().merge(mentions)) {
            Set<Long> ids = new LinkedHashSet<>();
            List<Evidence> evidence = new ArrayList<>();
            for (Mention m : actor.mentions()) {
                long id = articleOf.get(m);
                ids.add(id);
                evidence.add(new Evidence(id, m.begin(), m.end()));
            }
            groups.add(new ActorGroup(actor.name(), List.copyOf(actor.forms()), List.copyOf(ids), List.copyOf(evidence)));
        }
        groups.sort(Comparator.comparingInt((ActorGroup g) -> -g.articleIds().size())
                .thenComparingInt(g -> -g.mentions().size()).thenComparing(ActorGroup::name));
        return List.copyOf(groups);
    }
}
