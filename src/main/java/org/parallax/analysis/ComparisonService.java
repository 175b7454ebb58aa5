package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.lexicon.LexiconService;
import org.parallax.text.TermAnalyzer;
import org.parallax.text.compare.FrameHit;
import org.parallax.text.compare.FrameProfile;
import org.parallax.text.compare.FrameScore;
import org.parallax.text.compare.FrameScorer;
import org.parallax.text.compare.Lexicon;
import org.parallax.text.compare.Quote;
import org.parallax.text.compare.QuoteExtractor;
import org.parallax.text.compare.TextRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the {@link Comparison} of one event: reads the event's articles and the SQL-side measures
 * (shared shingles, TF-IDF products, actors, term counts and corpus statistics) from
 * {@link ComparisonRepository}, then the text-side ones (quotes, lexicon words, frames) from the
 * event's own texts. Nothing is cached: the lexicon in force is read for every comparison, so an edit
 * shows in the next one.
 */
@Service
public class ComparisonService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ComparisonService.class);

    private final ComparisonRepository repository;
    private final LexiconService lexicons;
    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final FrameScorer frameScorer = new FrameScorer();
    private final OverlapFinder overlapFinder = new OverlapFinder();

    ComparisonService(ComparisonRepository repository, LexiconService lexicons) {
        this.repository = repository;
        this.lexicons = lexicons;
    }

    /** The comparison of the event's articles, or empty when there is no such event. */
    @Transactional(readOnly = true)
    public Optional<Comparison> compare(long eventId) {
        return repository.event(eventId).map(event -> compare(event, repository.articles(eventId)));
    }

    private Comparison compare(ComparedEvent event, List<ComparedArticle> articles) {
        StageTimer timer = new StageTimer();
        Long[] ids = articles.stream().map(ComparedArticle::id).toArray(Long[]::new);
        List<Long> order = List.of(ids);
        TermUsages usages = new TermUsages(articles, analyzer);
        timer.stage("usages");

        var sentenceSpans = repository.sentences(ids);
        var shared = repository.sharedShingles(ids);
        timer.stage("sql shingles");
        OverlapFinder.Result overlap = overlapFinder.find(articles, sentenceSpans, shared);
        timer.stage("overlap");
        var weights = repository.termWeights(ids);
        timer.stage("sql tf-idf");
        SimilarityMatrix similarity = SimilarityCalculator.matrix(articles, weights, usages);

        QuoteExtractor extractor = new QuoteExtractor();
        List<QuoteLedger.ArticleQuote> quotes = new ArrayList<>();
        Map<Long, List<? extends TextRange>> speech = new HashMap<>();
        for (ComparedArticle a : articles) {
            List<Quote> found = extractor.extract(a.body(), a.title());
            found.forEach(q -> quotes.add(new QuoteLedger.ArticleQuote(a.id(), q)));
            speech.put(a.id(), found.stream().filter(q -> !q.scare() || q.attributed()).toList());
        }
        QuoteLedger.Result ledger = new QuoteLedger().build(quotes, order);
        timer.stage("quotes");
        var storedActors = repository.actors(ids);
        timer.stage("sql actors");
        List<ActorGroup> actors = ActorGrouper.group(articles, storedActors);
        timer.stage("actors");

        Lexicon lexicon = lexicons.current();
        LexiconMarkers.Result words = new LexiconMarkers(lexicon).measure(articles, speech);
        timer.stage("lexicon");

        List<TermGroup> groups = groups(articles);
        Map<Long, String> groupOf = new LinkedHashMap<>();
        articles.forEach(a -> groupOf.put(a.id(), a.groupKey()));
        Map<String, Map<String, Integer>> counts = repository.termCountsByGroup(groupOf);
        Map<String, Long> corpus = repository.corpusCounts(DistinctiveVocabulary.vocabulary(counts));
        timer.stage("sql term counts");
        Map<String, List<DistinctiveTerm>> distinctive = DistinctiveVocabulary.score(groups, counts, corpus, usages);
        timer.stage("log-odds");

        Map<Long, Map<String, Double>> frames = new LinkedHashMap<>();
        Map<Long, List<FrameTrigger>> triggers = new LinkedHashMap<>();
        for (ComparedArticle a : articles) {
            FrameProfile profile = frameScorer.score(a.body());
            Map<String, Double> scores = new LinkedHashMap<>();
            List<FrameTrigger> hits = new ArrayList<>();
            for (FrameScore s : profile.scores()) {
                scores.put(s.frame().label(), Math.round(s.perThousandWords() * 100) / 100.0);
                for (FrameHit h : s.triggers()) {
                    hits.add(new FrameTrigger(s.frame().label(), h.cue(), h.begin(), h.end()));
                }
            }
            frames.put(a.id(), scores);
            triggers.put(a.id(), List.copyOf(hits));
        }

        timer.stage("frames");
        List<Omission> omissions = OmissionFinder.find(articles, overlap.passages(), ledger.groups(), actors);
        timer.stage("omissions");
        LOG.debug("Comparison of event {} ({} articles): {}", event.id(), articles.size(), timer);
        return new Comparison(event, articles, similarity, overlap.passages(), overlap.sentences(), ledger.groups(),
                ledger.speakers(), actors, omissions, groups, distinctive, words.labels(), words.hedges(),
                words.intensifiers(), words.attributions(), frames, triggers, lexicon.name(), words.classMarkers());
    }

    /** One group per outlet (articles of unknown outlets each alone), in order of first article. */
    static List<TermGroup> groups(List<ComparedArticle> articles) {
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (ComparedArticle a : articles) {
            ids.computeIfAbsent(a.groupKey(), k -> new ArrayList<>()).add(a.id());
            labels.putIfAbsent(a.groupKey(), a.source());
        }
        List<TermGroup> groups = new ArrayList<>();
        ids.forEach((key, list) -> groups.add(new TermGroup(key, labels.get(key), List.copyOf(list))));
        return List.copyOf(groups);
    }
}
