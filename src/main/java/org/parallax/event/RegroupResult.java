package org.parallax.event;

/** What a regrouping did: articles considered, events afterwards, articles left in place because they are pinned. */
public record RegroupResult(int articles, int events, int pinnedKept, long millis) {}
