package org.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inputs for the equivalence tests that compare the text machinery with its frozen pre-optimisation copies
 * ({@code Legacy*} classes): hand-written edge cases, the news articles of the test and demo corpora with
 * typographic variants, and seeded random texts made of tricky pieces or of arbitrary characters.
 */
public final class EquivalenceTexts {

    private EquivalenceTexts() {}

    /** Hand-written edge cases: spaces of every kind, quotes, dashes, abbreviations, scripts, surrogates, long words. */
    public static List<String> edgeCases() {
        List<String> s = new ArrayList<>(List.of(
                "", " ", "  ", "\n", "\n\n", "\t \n\r ", "\r\n\r\n", "\r\r", "\u2029", "\u2028\u2028", "\u0085\u0085",
                "\u00A0", "\u00A0\u2007\u202F\u200B\uFEFF", "\u001C\u001D\u001E\u001F", "\u1680\u2000\u2005\u200A\u3000 x \u3000",
                "\u200B\u200C\u200D\u2060\uFEFF", " a ", "a  b\t\tc\n\nd", "\u00A0lead and trail\u00A0", "\u001Cx\u001F",
                "x \u000B y \f z", "x\u2028y\u2029z",
                "The U.S. and the U.N. met in Geneva. The talks ended.",
                "Officials in the U.S. said talks would resume. They did not say when.",
                "Mr. Smith went to Washington. He said: \u201CNo.\u201D Then Dr. Jones left.",
                "J. R. R. Tolkien wrote it. J. Smith did not.", "No. 5 is here. No. He said no.",
                "\u201CStop!\u201D said the man. \u2018Why?\u2019 asked she. \"Now!\" he shouted.",
                "It was over.\u201DNext came the vote. (It passed.) [Really.] Then \u00ABfin.\u00BB",
                "Prime Minister Nikol Pashinyan's office said Pashinyan\u2019s trip was off.",
                "al-Assad met O'Brien and Al-Mayadeen's reporter in Nagorno-Karabakh.",
                "U.N. Secretary-General Piet Maas spoke. Secretary-General Maas left.",
                "The Bank of England and the Red Cross met the International Committee of the Red Cross.",
                "Supporters of Pashinyan rallied. Smith of the Bank of England spoke.",
                "Mohammed bin Salman met Ursula von der Leyen and Charles de Gaulle.",
                "President Ilham Aliyev and Heydar Aliyev. Aliyev spoke. Azerbaijan Airlines flew to Azerbaijan.",
                "Armenian Prime Minister Nikol Pashinyan, Foreign Minister Ana Kovac and Gen. Okafor met Pope Leo.",
                "On Monday, Sept. 5, the Foreign Ministry said Valdoria's envoy left on Tuesday.",
                "Ceasefire Talks Resume in Ostrava\n\nOn Tuesday envoys from Valdoria met in Ostrava.",
                "Ceasefire Talks Resume in Ostrava", "ALL CAPS HEADLINE ABOUT NATO AND THE EU",
                "Talks resumed. The talks were long. Talks ended.", "al-Assad spoke. Then al-assad left.",
                "Al-Assad stayed. al-Assad spoke. Then al-assad left.", "\u01C5emal spoke. Then \u01C6emal left.",
                "\u01C4EMAL too. \u01C5emal spoke. Then \u01C6emal left.", "Ostrava hosted it. OSTRAVA and ostrava agreed.",
                "a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h-i", "5\u2032 6\u2033 \u00B4tick\u00B4 `back`",
                "\u00AB\u00BB\u201E\u201F\u201A\u201B\u2018\u2019\u201C\u201D", "\uFB01nance \uFB02ow \uFB00", "\uFF21\uFF42\uFF43 \uFF11\uFF12\uFF13",
                "\u03A3\u03AF\u03C3\u03C5\u03C6\u03BF\u03C2 \u039F\u0394\u03A5\u03A3\u03A3\u0395\u0391\u03A3 \u03A3",
                "\u0130stanbul \u0131i I\u0307", "\u01C4emal \u01C5 \u01C6", "stra\u00DFe STRASSE \u1E9E",
                "Zo\u00EB \u00C5ngstr\u00F6m \u00D8resund \u0160koda Fran\u00E7ois M\u00FCller-L\u00FCdenscheidt",
                "\u216B \u00BD \u00B2 \u00B3 \u2460 \u0661\u0662", "\u4E2D\u6587 \u65E5\u672C\u8A9E \uD55C\uAD6D\uC5B4",
                "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
                "\uD835\uDC00\uD835\uDC01 \uD801\uDC00\uD801\uDC28 \uD801\uDC00.\uD801\uDC00.",
                "\uD83D\uDE00 emoji \uD83D\uDC4D\uD83C\uDFFD", "\uD800 lone \uDC00 surrogates \uDBFF", "x\uD800", "\uDC00x",
                "e\u0301 combining a\u0308 \u0301lead", "x\u200Dy\u200Cz\u2060w", "\u02BCokina don\u02BCt",
                "e.g. i.e. a.m. p.m. U.S.A. a.b.c.d", "Sept. 5 Inc. Jr. Ltd. Gen. Sen. Rep.",
                "word' 'word don't rock'n'roll farmers\u2019 union O\u2019Neill\u2019s x--y x-'y x'-y -x- 'x'",
                "...", "?!?!", "!!!\u201D", ".)", "a.", ".a", "A.", "A.B.", "A.B.C.", "mid-2024 2,500 3.5% $40 \u20AC12",
                "Tab\tseparated\tvalues", "CRLF\r\nline\r\n\r\npara\r\n \r\nnext", "\rCR only\r\rpara",
                "line one\nline two\n \nline three\n\u00A0\nline four", "one\u2029two\u2028three\u0085four"));
        s.add("a".repeat(5000));
        s.add("Supercalifragilistic".repeat(200));
        s.add("1234567890".repeat(100));
        s.add("word ".repeat(1000));
        s.add("A.".repeat(300));
        s.add("Xy-".repeat(400) + "z");
        s.add("\u00A0 \n".repeat(300));
        return s;
    }

    /** Titles and bodies of the news articles of the test and demo corpora, with variants; each an array {title, body}. */
    public static List<String[]> articles() {
        List<String[]> out = new ArrayList<>();
        for (String resource : List.of("/eval/grouping-eval.jsonl", "/fixtures/compare/port-strike.jsonl",
                "/fixtures/tabular/articles.jsonl")) {
            for (String line : resource(resource).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JsonMapper.builder().build().readTree(line);
                } catch (RuntimeException e) {
                    continue;
                }
                String title = text(node, "title");
                String body = text(node, "body");
                if (body.isEmpty()) {
                    body = text(node, "text");
                }
                out.add(new String[] {title, body});
            }
        }
        String demo = resource("/demo/demo-digest.txt");
        String[] blocks = demo.split("\n\n");
        for (int i = 0; i + 3 < blocks.length; i += 4) {
            out.add(new String[] {blocks[i], blocks[i + 1] + "\n\n" + blocks[i + 2] + "\n\n" + blocks[i + 3]});
        }
        out.add(new String[] {"Demo digest", demo});
        List<String[]> variants = new ArrayList<>();
        for (String[] a : out) {
            variants.add(new String[] {a[0].toUpperCase(java.util.Locale.ROOT), a[1].replace(". ", ".  ")});
            variants.add(new String[] {a[0] + "\n" + a[0], a[1].replace("\n", "\r\n").replace(' ', '\u00A0')});
            variants.add(new String[] {a[0].replace('\u2019', '\''), a[1].replace('\u201C', '"').replace('\u201D', '"')
                    .replace("\n\n", "\n \n")});
        }
        out.addAll(variants);
        return out;
    }

    private static final String[] PIECES = {
        "Mr.", "Dr.", "Gen.", "U.S.", "U.N.", "J.", "R.", "No.", "no", "5", "2024", "Sept.", "Inc.", "a.m.", "the", "The",
        "of", "de", "bin", "al", "van", "al-Assad", "O'Brien", "Pashinyan's", "Pashinyan\u2019s", "farmers\u2019",
        "Ostrava", "talks", "Talks", "Bank", "Red Cross", "Ministry", "Foreign", "Minister", "Prime", "Secretary-General",
        "Armenian", "President", "Monday", "Mirela", "Zorvak", "Nikol", "NATO", "US", "He", "However",
        "\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "(", ")", "[", "]", "\u00AB", "\u00BB", ".", "!", "?", "...",
        ",", ";", ":", "-", "--", "\u2014", "\u2013", "\u2010", "\u2212", "\u2032", "`", "\u00B4",
        "\n", "\n\n", "\r\n", "\r", "\n \n", "\u2029", "\u2028", "\u0085", " ", "  ", "\t", "\u00A0", "\u2007", "\u202F",
        "\u200B", "\uFEFF", "\u200D", "\u3000", "\u001F", "Zo\u00EB", "Fran\u00E7ois", "e\u0301", "\u0130", "\u03A3",
        "\u03A3\u0391", "\uFB01", "\uFF21", "\u00BD", "\u00B2", "\u4E2D\u6587", "\uD83D\uDE00", "\uD801\uDC00",
        "\uD835\uDC00", "\uD800", "\uDC00", "\u02BC", "x", "Y",
    };

    /** Seeded random texts made of {@link #PIECES}, joined by nothing or a space. */
    public static List<String> pieceSoup(long seed, int count, int maxPieces) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(maxPieces + 1);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static final String ALPHABET = "aAbBzZ09 .'\"-\u2019\u2018\u201C\u201D\u2010\u2013\u2014\u2212\u00AB\u00BB`\u00B4"
            + "\u2032\u2033\n\r\t\u000B\f\u00A0\u2007\u202F\u200B\uFEFF\u2028\u2029\u0085\u1680\u2000\u3000\u001C"
            + "\u00E9\u00C9\u00DF\u0130\u0131\u03A3\u03C3\u03C2\u0301\u0308\uFB01\uFF21\u00BD\u00B2\u4E2D\u02BC!?()[],;:";

    /** Seeded random texts of arbitrary characters from a tricky alphabet, with the odd surrogate (paired or not). */
    public static List<String> charSoup(long seed, int count, int maxLength) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(maxLength + 1);
            for (int i = 0; i < n; i++) {
                int r = random.nextInt(40);
                if (r == 0) {
                    sb.appendCodePoint(0x10400 + random.nextInt(0x50)); // Deseret letters, upper and lower case
                } else if (r == 1) {
                    sb.append(random.nextBoolean() ? '\uD800' : '\uDFFF');
                } else if (r == 2) {
                    sb.appendCodePoint(0x1F600 + random.nextInt(0x40));
                } else if (r == 3) {
                    sb.append((char) random.nextInt(0x3000));
                } else {
                    sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Every single-text input: edge cases, the articles' titles and bodies, and both kinds of random text. */
    public static List<String> all() {
        List<String> out = new ArrayList<>(edgeCases());
        for (String[] a : articles()) {
            out.add(a[0]);
            out.add(a[1]);
        }
        out.addAll(pieceSoup(1, 3000, 60));
        out.addAll(charSoup(2, 3000, 80));
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asString();
    }

    private static String resource(String name) {
        try (InputStream in = EquivalenceTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
