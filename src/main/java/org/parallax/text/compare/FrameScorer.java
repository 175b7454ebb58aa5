package org.parallax.text.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts frame cue words in a text, per frame and per 1,000 words.
 *
 * <p>For a text of {@code N} words ({@link WordTokenizer}) and {@code h_f} cue hits for frame
 * {@code f}, the score is {@code 1000 · h_f / N}. Cues are matched like lexicon entries (whole words,
 * case-insensitive, hyphen = space, simple inflections, {@code *} stems); where cues overlap, the
 * longest wins, across all frames, so every word counts for at most one frame.
 *
 * <p><b>This is an indicative suggestion, not a classifier.</b> Cue words are a rough proxy for the
 * frames of the Policy Frames Codebook (Boydstun et al. 2014), whose frames are assigned by trained
 * human annotators reading the whole text; human annotation is the ground truth. A word can serve
 * several frames, and a frame can be evoked without any of its cue words. Use the scores to point a
 * reader at passages (the triggers and their offsets), and to compare outlets covering the same event
 * with the same dictionary, never as a verdict on one article.
 */
public final class FrameScorer {

    private final PhraseIndex<FrameCue> index = new PhraseIndex<>();

    private record FrameCue(Frame frame, String cue) {}

    /** A scorer with the shipped dictionary. */
    public FrameScorer() {
        this(FrameDictionary.standard());
    }

    public FrameScorer(FrameDictionary dictionary) {
        dictionary.cues().forEach((frame, cues) -> cues.forEach(c -> index.add(c, new FrameCue(frame, c))));
    }

    /** The frame profile of {@code text}. */
    public FrameProfile score(String text) {
        int words = WordTokenizer.tokenize(text).size();
        Map<Frame, List<FrameHit>> hits = new EnumMap<>(Frame.class);
        for (Frame f : Frame.values()) {
            hits.put(f, new ArrayList<>());
        }
        for (PhraseIndex.Match<FrameCue> m : PhraseIndex.longest(index.findAll(text), m -> "all")) {
            FrameCue c = m.entry().payload();
            hits.get(c.frame()).add(new FrameHit(c.frame(), c.cue(), m.begin(), m.end()));
        }
        List<FrameScore> scores = new ArrayList<>();
        for (Frame f : Frame.values()) {
            List<FrameHit> h = hits.get(f);
            double per1000 = words == 0 ? 0 : 1000.0 * h.size() / words;
            scores.add(new FrameScore(f, h.size(), per1000, h));
        }
        return new FrameProfile(words, scores);
    }
}
