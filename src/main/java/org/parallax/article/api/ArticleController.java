package org.parallax.article.api;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleDetail;
import org.parallax.article.ArticleFilter;
import org.parallax.article.ArticleOutletException;
import org.parallax.article.ArticleOutletService;
import org.parallax.article.ArticleOutletService.OutletChange;
import org.parallax.article.ArticleOutletService.OutletChoice;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/articles}: the stored articles, paged in SQL; {@code ?outlet=none} lists those with no outlet. An
 * article's outlet can be set by hand ({@code PUT /api/articles/{id}/outlet}), or many articles' at once
 * ({@code POST /api/articles/outlet}), with {@code {"outletId": 3}} or {@code {"outletName": "Daily Skerry"}}.
 */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    static final int MAX_LIMIT = 500;
    /** The value of {@code outlet} that asks for the articles without an outlet. */
    static final String NO_OUTLET = "none";

    private final ArticleRepository articles;
    private final ArticleOutletService outletChanges;

    ArticleController(ArticleRepository articles, ArticleOutletService outletChanges) {
        this.articles = articles;
        this.outletChanges = outletChanges;
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
                           @RequestParam(required = false) @Nullable Long outletId, @RequestParam(required = false) @Nullable String q,
                           @RequestParam(required = false) @Nullable String outlet) {
        if (outlet != null && !outlet.equals(NO_OUTLET)) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    "outlet=" + outlet + " is not understood: use outlet=none for the articles without an outlet, "
                            + "or outletId=<id> for one outlet's articles."));
        }
        ArticleFilter filter = new ArticleFilter(outletId, q, null, outlet != null);
        int safeLimit = Math.max(1, Math.min(limit, MAX_LIMIT));
        return ResponseEntity.ok(new Page(articles.count(filter), articles.findPage(filter, Math.max(0, offset), safeLimit)));
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleDetail> one(@PathVariable long id) {
        return ResponseEntity.of(articles.findById(id));
    }

    /** Sets or corrects one article's outlet by hand; answers the article as it now is. */
    @PutMapping("/{id}/outlet")
    ResponseEntity<ArticleDetail> setOutlet(@PathVariable long id, @RequestBody OutletChoice choice) {
        return ResponseEntity.of(outletChanges.setOutlet(id, choice));
    }

    /** Sets the outlet of several articles at once; answers which articles changed and the outlet they now have. */
    @PostMapping("/outlet")
    OutletChange setOutlets(@RequestBody BulkOutletRequest request) {
        return outletChanges.setOutlet(request.articleIds() == null ? List.of() : request.articleIds(),
                new OutletChoice(request.outletId(), request.outletName()));
    }

    @ExceptionHandler(ArticleOutletException.class)
    ResponseEntity<Map<String, String>> refused(ArticleOutletException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }

    record Page(int total, List<ArticleSummary> items) {}

    record BulkOutletRequest(@Nullable List<Long> articleIds, @Nullable Long outletId, @Nullable String outletName) {}
}
