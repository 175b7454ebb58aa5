package org.parallax.architecture.violations.account;

/** A deliberate violation for ArchitectureTest: accounts using the corpus. */
class AccountUsesAnArticle {
    org.parallax.article.ArticleSummary field;
}
