package org.parallax.text;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One actor: the mentions that {@link ActorMerger} judged to name the same person, organisation or place.
 *
 * @param name the canonical name, the longest name part as written, without leading titles
 *     ("Nikol Pashinyan" for "Armenian Prime Minister Nikol Pashinyan")
 * @param forms the distinct surface forms, in order of first appearance
 * @param mentions the merged mentions, in input order
 */
public record Actor(String name, Set<String> forms, List<Mention> mentions) {

    public Actor {
        if (name.isEmpty() || mentions.isEmpty()) {
            throw new IllegalArgumentException("An actor needs a name and a mention");
        }
        forms = Collections.unmodifiableSet(new LinkedHashSet<>(forms));
        mentions = List.copyOf(mentions);
    }

    /** The normalised name, as in {@link Mention#key()}: "nikol pashinyan". Compare actors by this key. */
    public String key() {
        return NameWords.key(name);
    }
}
