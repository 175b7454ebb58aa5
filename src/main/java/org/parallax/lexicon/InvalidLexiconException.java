package org.parallax.lexicon;

/** A lexicon that cannot be stored; the message names the lexicon, concept or field that is wrong. */
public class InvalidLexiconException extends RuntimeException {

    public InvalidLexiconException(String message) {
        super(message);
    }

    public InvalidLexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
