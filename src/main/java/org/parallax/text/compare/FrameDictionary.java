package org.parallax.text.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cue words for the fifteen {@link Frame frames}: words, phrases, and stems written with a trailing
 * {@code *} ({@code econom*} finds {@code economy}, {@code economic}, {@code economists}). Words and
 * phrases also find simple inflections of their last word (see {@link LexiconMatcher}).
 *
 * <p>JSON shape ({@code frame} is the {@link Frame} constant name; {@code label} is informative):
 * <pre>{@code
 * { "name": "...", "frames": [ { "frame": "ECONOMIC", "label": "Economic", "cues": ["econom*", "tariff*"] } ] }
 * }</pre>
 * The shipped dictionary ({@value #STANDARD_RESOURCE}) was written for Parallax; it is not the
 * codebook's, which defines frames by description, not by words.
 */
public final class FrameDictionary {

    /** The classpath location of the shipped dictionary. */
    public static final String STANDARD_RESOURCE = "/lexicons/frames.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final Map<Frame, List<String>> cues;

    /** A dictionary from cue lists; frames without cues have none. */
    public FrameDictionary(String name, Map<Frame, List<String>> cues) {
        this.name = name;
        EnumMap<Frame, List<String>> copy = new EnumMap<>(Frame.class);
        for (Frame f : Frame.values()) {
            copy.put(f, List.copyOf(cues.getOrDefault(f, List.of())));
        }
        this.cues = Collections.unmodifiableMap(copy);
    }

    /** The shipped dictionary. */
    public static FrameDictionary standard() {
        try (InputStream in = FrameDictionary.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STANDARD_RESOURCE + " missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a dictionary from a UTF-8 JSON stream; the stream is not closed. */
    public static FrameDictionary read(InputStream json) {
        return fromTree(JSON.readTree(json));
    }

    /** Parses a dictionary from JSON. */
    public static FrameDictionary fromJson(String json) {
        return fromTree(JSON.readTree(json));
    }

    private static FrameDictionary fromTree(JsonNode root) {
        Map<Frame, List<String>> cues = new EnumMap<>(Frame.class);
        for (JsonNode f : root.path("frames")) {
            Frame frame = Frame.valueOf(f.path("frame").asString());
            if (cues.containsKey(frame)) {
                throw new IllegalArgumentException("Frame listed twice: " + frame);
            }
            cues.put(frame, f.path("cues").valueStream().map(JsonNode::asString).toList());
        }
        return new FrameDictionary(root.path("name").asString("frames"), cues);
    }

    public String name() {
        return name;
    }

    /** The cues of one frame. */
    public List<String> cues(Frame frame) {
        return cues.get(frame);
    }

    /** All cues, by frame, in codebook order. */
    public Map<Frame, List<String>> cues() {
        return cues;
    }
}
