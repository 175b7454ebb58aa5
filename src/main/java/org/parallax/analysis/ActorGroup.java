package org.parallax.analysis;

import java.util.List;

/**
 * A person, organisation or place named in the event, merged across surface forms and articles.
 *
 * @param forms      the surface forms used ("Pashinyan", "Nikol Pashinyan", …)
 * @param articleIds the articles naming it
 * @param mentions   every mention
 */
public record ActorGroup(String name, List<String> forms, List<Long> articleIds, List<Evidence> mentions) {}
