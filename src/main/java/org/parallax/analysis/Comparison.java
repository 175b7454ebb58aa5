package org.parallax.analysis;

import java.util.List;
import java.util.Map;

/**
 * Everything Parallax measures about one event's coverage; the JSON of
 * {@code GET /api/events/{id}/comparison}. All offsets are half-open character offsets into the
 * stored bodies of {@link #articles}.
 *
 * @param similarity       pairwise TF-IDF cosine similarity
 * @param sharedPassages   reused text, verbatim or edited
 * @param sentences        per article, every sentence with its overlap status
 * @param quotes           direct quotations matched across articles
 * @param speakers         who is quoted, per article
 * @param actors           people, organisations and places, merged across forms and articles
 * @param omissions        per article, what most others carry and it does not
 * @param termGroups       the groups the distinctive terms compare (one per outlet)
 * @param distinctiveTerms per {@link TermGroup#key()}, its most distinctive words (z &gt; 0, highest first)
 * @param labels           contested labels: which article uses which name
 * @param hedges           hedges and doubt markers in the articles' own voice
 * @param intensifiers     intensifiers in the articles' own voice
 * @param attributions     attribution verbs (said, claimed, admitted, …) in the articles' own voice
 * @param frames           per article, the policy frames' cue hits per 1,000 words
 * @param frameTriggers    per article, the words that triggered each frame
 * @param lexicon          the name of the lexicon used
 * @param classMarkers     words of the lexicon's marker classes (factive, assertive, implicative verbs, loaded
 *                         labels, …) in the articles' own voice; {@link Marker#category()} is the class
 *
 * <p>Labels and markers are read in the headlines too: such a use has {@code field = "title"} and
 * offsets into the title.
 */
public record Comparison(
        ComparedEvent event,
        List<ComparedArticle> articles,
        SimilarityMatrix similarity,
        List<SharedPassage> sharedPassages,
        Map<Long, List<SentenceStatus>> sentences,
        List<QuoteGroup> quotes,
        List<SpeakerRow> speakers,
        List<ActorGroup> actors,
        List<Omission> omissions,
        List<TermGroup> termGroups,
        Map<String, List<DistinctiveTerm>> distinctiveTerms,
        List<LabelUse> labels,
        List<Marker> hedges,
        List<Marker> intensifiers,
        List<Marker> attributions,
        Map<Long, Map<String, Double>> frames,
        Map<Long, List<FrameTrigger>> frameTriggers,
        String lexicon,
        List<Marker> classMarkers) {

    /**
     * A short name for an article in tables and charts: its outlet, numbered ("Compass Wire #2") when
     * the outlet has several articles in the event.
     */
    public String label(long id) {
        ComparedArticle a = article(id);
        List<ComparedArticle> same = articles.stream().filter(x -> x.source().equals(a.source())).toList();
        return same.size() > 1 ? a.source() + " #" + (same.indexOf(a) + 1) : a.source();
    }

    /** The article with this id. */
    public ComparedArticle article(long id) {
        return articles.stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No article " + id + " in this comparison"));
    }
}
