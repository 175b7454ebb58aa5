package org.parallax.event;

import java.util.List;

/**
 * Why an event's articles are together: the terms and actors they share (with how many of the
 * event's articles contain each), and the time span of the coverage in words.
 */
public record EventExplanation(List<SharedTerm> sharedTerms, List<SharedActor> sharedActors, String timeSpan) {

    /** A word (shown in a surface form) and the number of the event's articles using it. */
    public record SharedTerm(String term, int articleCount, double weight) {}

    /** An actor and the number of the event's articles naming it. */
    public record SharedActor(String name, int articleCount) {}
}
