package org.parallax.article;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Stores an article with its derived text features, then announces it ({@link ArticleStored}) so
 * that grouping can place it; all inside the caller's transaction, so an article is never stored
 * without its features and its event.
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
        Optional<Long> id = articles.insertIfNew(article);
        id.ifPresent(articleId -> {
            StoredTerms terms = features.store(articleId, textFeatures);
            events.publishEvent(new ArticleStored(articleId, article.publishedAt(), terms));
        });
        return id;
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
