package org.parallax.lexicon;

import org.parallax.text.compare.Lexicon;

/**
 * The lexicon of the demo corpus: the competing names, hedges and intensifiers of its fictional
 * world (the Kessel Highlands, the Lenne river, the dock strike, …). It is stored with the demo
 * corpus ({@value #RESOURCE}) and stored as the lexicon {@value #NAME} when the demo corpus is
 * loaded, so the starter lexicon every user gets holds general English only.
 */
public final class DemoLexicon {

    /** The name it is stored under. */
    public static final String NAME = "demo";
    /** Its classpath location, next to the demo corpus. */
    public static final String RESOURCE = "/demo/demo-lexicon.json";

    private DemoLexicon() {}

    /** The demo lexicon as shipped. */
    public static Lexicon shipped() {
        return Lexicon.fromResource(RESOURCE);
    }
}
