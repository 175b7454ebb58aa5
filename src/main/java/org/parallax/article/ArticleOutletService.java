package org.parallax.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parallax.account.CurrentUser;
import org.parallax.outlet.OutletNames;
import org.parallax.outlet.OutletRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting or correcting articles' outlet by hand, one article or many at once. The change is recorded with the
 * current user and the time, and the evidence becomes {@link ArticleRepository#MANUAL_EVIDENCE}.
 *
 * <p>Imports never undo it: the same text is one article (content hash), so importing it again is reported as a
 * duplicate and the stored article, with its manual outlet, stays as it is. Events and comparisons read the outlet
 * from the article whenever they are shown, so they show the new outlet at once.
 */
@Service
public class ArticleOutletService {

    /** Longest outlet name accepted when typed by hand. */
    public static final int MAX_NAME_CHARS = 200;
    /** Most articles changed in one bulk request. */
    public static final int MAX_ARTICLES = 10_000;

    private final ArticleRepository articles;
    private final OutletRepository outlets;
    private final CurrentUser user;
    private final Clock clock;

    ArticleOutletService(ArticleRepository articles, OutletRepository outlets, CurrentUser user, Clock clock) {
        this.articles = articles;
        this.outlets = outlets;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Which outlet to set: an existing one by id, or one by name (an existing outlet or one of its aliases, else a new
     * outlet with that name). Exactly one of the two.
     */
    public record OutletChoice(@Nullable Long outletId, @Nullable String outletName) {

        public static OutletChoice byId(long id) {
            return new OutletChoice(id, null);
        }

        public static OutletChoice byName(String name) {
            return new OutletChoice(null, name);
        }
    }

    /** What a change did: the articles changed and the outlet they now have. */
    public record OutletChange(List<Long> articleIds, long outletId, String outlet) {}

    /**
     * Sets one article's outlet.
     *
     * @return the article as it now is; empty when there is no such article
     * @throws ArticleOutletException when the choice names no outlet or an unknown outlet id
     */
    @Transactional
    public Optional<ArticleDetail> setOutlet(long articleId, OutletChoice choice) {
        long outletId = resolve(choice);
        if (articles.setOutlet(List.of(articleId), outletId, user.id(), OffsetDateTime.now(clock)).isEmpty()) {
            return Optional.empty();
        }
        return articles.findById(articleId);
    }

    /**
     * Sets the outlet of several articles at once (ids of missing articles are skipped).
     *
     * @throws ArticleOutletException when no article is given, too many are, or the choice names no outlet
     */
    @Transactional
    public OutletChange setOutlet(List<Long> articleIds, OutletChoice choice) {
        if (articleIds == null || articleIds.isEmpty()) {
            throw new ArticleOutletException("Choose at least one article.");
        }
        if (articleIds.size() > MAX_ARTICLES) {
            throw new ArticleOutletException("At most %,d articles at once.".formatted(MAX_ARTICLES));
        }
        long outletId = resolve(choice);
        List<Long> changed = articles.setOutlet(articleIds.stream().distinct().toList(), outletId, user.id(),
                OffsetDateTime.now(clock));
        String name = outlets.findDetails(outletId).orElseThrow().name();
        return new OutletChange(changed, outletId, name);
    }

    private long resolve(OutletChoice choice) {
        if (choice == null || (choice.outletId() == null) == (choice.outletName() == null || choice.outletName().isBlank())) {
            throw new ArticleOutletException("Give either an outlet id or an outlet name.");
        }
        if (choice.outletId() != null) {
            long id = choice.outletId();
            if (outlets.findDetails(id).isEmpty()) {
                throw new ArticleOutletException("There is no outlet #" + id + ".");
            }
            return id;
        }
        String name = OutletNames.display(choice.outletName());
        if (name.length() > MAX_NAME_CHARS) {
            throw new ArticleOutletException("An outlet name has at most %d characters.".formatted(MAX_NAME_CHARS));
        }
        if (OutletNames.key(name).isEmpty()) {
            throw new ArticleOutletException("“" + name + "” is not an outlet name: it has no letter or digit.");
        }
        return outlets.findOrCreate(name);
    }
}
