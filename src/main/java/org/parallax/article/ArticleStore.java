package org.parallax.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Stores articles with their derived text features, then announces them ({@link ArticlesStored}) so
 * that grouping can place them: inside the caller's transaction, so an article is never stored
 * without its features; its event comes in the same transaction, or (an import) in the one right
 * after it ({@link #storeAllIfNewAnnouncingLater}).
 */
@Service
public class ArticleStore {

    private final ArticleRepository articles;
    private final ArticleFeaturesRepository features;
    private final ArticleFeatureExtractor extractor;
    private final ApplicationEventPublisher events;

    ArticleStore(ArticleRepository articles, ArticleFeaturesRepository features, ArticleFeatureExtractor extractor,
                 ApplicationEventPublisher events) {
        this.articles = articles;
        this.features = features;
        this.extractor = extractor;
        this.events = events;
    }

    /** Stores the article unless it is a duplicate (same text or URL); answers the new id. */
    public Optional<Long> storeIfNew(NewArticle article) {
        return storeIfNew(article, extractor.extract(article.title(), article.body()));
    }

    /**
     * {@link #storeIfNew(NewArticle)} with the article's text features already computed (by
     * {@link ArticleFeatureExtractor#extract} of its title and body, for instance on another thread).
     */
    public Optional<Long> storeIfNew(NewArticle article, ArticleTextFeatures textFeatures) {
        return storeAllIfNew(List.of(article), List.of(textFeatures)).getFirst();
    }

    /**
     * Stores the articles that are new (not the same text or URL as a stored article or an earlier
     * one in the list), with their features, then announces them all at once ({@link ArticlesStored});
     * answers each one's new id, in list order, empty for a duplicate.
     */
    public List<Optional<Long>> storeAllIfNew(List<NewArticle> articles, List<ArticleTextFeatures> textFeatures) {
        StoredArticles stored = storeAllIfNewAnnouncingLater(articles, textFeatures);
        if (stored.announcement() != null) {
            events.publishEvent(stored.announcement());
        }
        return stored.ids();
    }

    /**
     * The articles stored by {@link #storeAllIfNewAnnouncingLater}: each one's new id, in list order
     * (empty for a duplicate), and the announcement of those stored, null when none was.
     */
    public record StoredArticles(List<Optional<Long>> ids, @Nullable ArticlesStored announcement) {}

    /**
     * {@link #storeAllIfNew} without announcing the articles: the caller publishes the announcement
     * when it chooses (an import publishes it in a transaction of its own, right after this one
     * commits, so that grouping a transaction overlaps storing the next).
     */
    public StoredArticles storeAllIfNewAnnouncingLater(List<NewArticle> articles, List<ArticleTextFeatures> textFeatures) {
        List<Optional<Long>> ids = this.articles.insertAllIfNew(articles);
        List<Long> stored = new ArrayList<>();
        List<ArticleTextFeatures> storedFeatures = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).isPresent()) {
                stored.add(ids.get(i).get());
                storedFeatures.add(textFeatures.get(i));
            }
        }
        if (stored.isEmpty()) {
            return new StoredArticles(ids, null);
        }
        List<StoredTerms> terms = features.storeAll(stored, storedFeatures);
        List<ArticleStored> announced = new ArrayList<>();
        for (int i = 0, k = 0; i < ids.size(); i++) {
            if (ids.get(i).isPresent()) {
                announced.add(new ArticleStored(ids.get(i).get(), articles.get(i).publishedAt(), terms.get(k++)));
            }
        }
        return new StoredArticles(ids, new ArticlesStored(announced));
    }

    /** Computes and stores the features of articles stored before features existed; answers how many. */
    public int backfillFeatures(int batchSize) {
        int done = 0;
        for (ArticleRepository.Text t : articles.withoutFeatures(batchSize)) {
            features.store(t.id(), extractor.extract(t.title(), t.body()));
            done++;
        }
        return done;
    }
}
