package org.parallax.analysis;

import java.util.List;
import java.util.Map;

/**
 * A contested concept and which articles use which of its competing names.
 *
 * @param variants names used in the article's own voice, each with the articles using it
 * @param quoted   names used only inside quotations, each with the articles quoting them
 * @param uses     every use, for click-through
 */
public record LabelUse(String concept, Map<String, List<Long>> variants, Map<String, List<Long>> quoted,
        List<Marker> uses) {}
