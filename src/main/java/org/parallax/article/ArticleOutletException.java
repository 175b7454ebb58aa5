package org.parallax.article;

/** A manual outlet change that cannot be made; the message says why, for the user. */
public class ArticleOutletException extends RuntimeException {

    public ArticleOutletException(String message) {
        super(message);
    }
}
