package org.parallax.ingest;

import java.util.List;

/**
 * A URL list: most (at least four in five) of the first non-blank lines that are not {@code #}
 * comments are http(s) URLs; the other lines are reported as rejected records.
 */
final class UrlListSniffer {

    private UrlListSniffer() {}

    static boolean looksLikeUrlList(String sample) {
        List<String> lines = sample.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).limit(50).toList();
        long urls = lines.stream().filter(UrlListSniffer::isUrl).count();
        return urls > 0 && urls * 5 >= lines.size() * 4L;
    }

    static boolean isUrl(String line) {
        String l = line.strip();
        return (l.startsWith("http://") || l.startsWith("https://")) && !l.contains(" ");
    }
}
