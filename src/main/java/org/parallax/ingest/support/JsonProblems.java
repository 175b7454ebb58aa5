package org.parallax.ingest.support;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Short, one-line explanations of JSON syntax errors for the import report. */
public final class JsonProblems {

    /** Longest explanation kept; Jackson's messages can quote a lot of input. */
    static final int MAX_CHARS = 120;

    private JsonProblems() {}

    /** Jackson's message without the source excerpt, cut to one short line, with the column when known. */
    public static String shortReason(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        message = PlainText.normalizeSpaces(message);
        if (message.length() > MAX_CHARS) {
            message = message.substring(0, MAX_CHARS) + "…";
        }
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getColumnNr() > 0) {
            message += " (column " + location.getColumnNr() + ")";
        }
        return message;
    }
}
