package org.parallax.article.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleDetail;
import org.parallax.article.ArticleFilter;
import org.parallax.article.ArticleRepository;
import org.parallax.article.ArticleSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/articles}: the stored articles, paged in SQL. */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    static final int MAX_LIMIT = 500;

    private final ArticleRepository articles;

    ArticleController(ArticleRepository articles) {
        this.articles = articles;
    }

    @GetMapping
    Page list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
              @RequestParam(required = false) @Nullable Long outletId, @RequestParam(required = false) @Nullable String q) {
        ArticleFilter filter = new ArticleFilter(outletId, q);
        int safeLimit = Math.max(1, Math.min(limit, MAX_LIMIT));
        return new Page(articles.count(filter), articles.findPage(filter, Math.max(0, offset), safeLimit));
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleDetail> one(@PathVariable long id) {
        return ResponseEntity.of(articles.findById(id));
    }

    record Page(int total, List<ArticleSummary> items) {}
}
