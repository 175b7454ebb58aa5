package org.parallax.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parallax.ingest.digest.DigestParser;
import org.parallax.ingest.feed.FeedParser;
import org.parallax.ingest.html.HtmlArticleParser;
import org.parallax.ingest.tabular.CsvParser;
import org.parallax.ingest.tabular.JsonLinesParser;
import org.springframework.stereotype.Component;

/** The parser for each format. Parsers are stateless and safe to share. */
@Component
class ParserRegistry {

    private final Map<ImportFormat, ArticleParser> parsers = new EnumMap<>(ImportFormat.class);

    ParserRegistry() {
        for (ArticleParser parser : List.<ArticleParser>of(new DigestParser(), new HtmlArticleParser(),
                new FeedParser(), new CsvParser(), new JsonLinesParser())) {
            parsers.put(parser.format(), parser);
        }
    }

    ArticleParser forFormat(ImportFormat format) {
        ArticleParser parser = parsers.get(format);
        if (parser == null) {
            throw new UnreadableInputException("format " + format + " is not supported yet");
        }
        return parser;
    }
}
