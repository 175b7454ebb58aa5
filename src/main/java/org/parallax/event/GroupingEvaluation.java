package org.parallax.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.article.ArticleDetail;
import org.parallax.article.ArticleRepository;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.text.ClusteringScores;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures grouping against a labelled corpus: a JSON Lines file whose articles carry a
 * {@code gold_event}. Imports it (into the current, empty database), groups it at each
 * {@link Granularity}, and scores the events found with pair-counting precision, recall and F1
 * (as in Miranda et al. 2018) and B-cubed precision, recall and F1 (Bagga and Baldwin 1998).
 */
@Component
public class GroupingEvaluation {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final ImportService imports;
    private final ArticleRepository articles;
    private final EventService events;

    GroupingEvaluation(ImportService imports, ArticleRepository articles, EventService events) {
        this.imports = imports;
        this.articles = articles;
        this.events = events;
    }

    /** The scores of one granularity. */
    public record Row(String granularity, double threshold, int events, ClusteringScores scores) {}

    /** The evaluation of a corpus: its size and one row per granularity. */
    public record Result(int articles, int goldEvents, List<Row> rows) {}

    /**
     * Imports the corpus (grouping it as every import does) and scores the events the import made, then
     * regroups it at each granularity and scores those: the first row is "As imported".
     */
    public Result evaluate(Path jsonl) throws IOException {
        Map<Long, String> gold = importLabelled(jsonl);
        Row imported = new Row(AS_IMPORTED, events.threshold(), eventCount(gold), scoreAsGrouped(gold));
        Result regrouped = evaluate(gold);
        List<Row> rows = new ArrayList<>();
        rows.add(imported);
        rows.addAll(regrouped.rows());
        return new Result(regrouped.articles(), regrouped.goldEvents(), rows);
    }

    /** The label of the row that scores the events as the import made them. */
    public static final String AS_IMPORTED = "As imported";

    /** Imports the labelled corpus through the ordinary import (which groups it); answers each stored article's gold event. */
    public Map<Long, String> importLabelled(Path jsonl) throws IOException {
        Map<Integer, String> goldByLine = goldByLine(jsonl);
        ImportReport report;
        try (InputStream in = Files.newInputStream(jsonl)) {
            report = imports.importStream(jsonl.getFileName().toString(), in, null);
        }
        Map<Long, String> gold = new LinkedHashMap<>();
        for (long id : report.articleIds()) {
            ArticleDetail a = articles.findById(id).orElseThrow();
            Matcher m = LINE.matcher(a.sourceRecord() == null ? "" : a.sourceRecord());
            if (m.find() && goldByLine.containsKey(Integer.parseInt(m.group(1)))) {
                gold.put(id, goldByLine.get(Integer.parseInt(m.group(1))));
            }
        }
        return gold;
    }

    /** The scores of the events the labelled articles are in now. */
    public ClusteringScores scoreAsGrouped(Map<Long, String> goldByArticle) {
        return ClusteringScores.of(labels(goldByArticle), predicted(goldByArticle));
    }

    private int eventCount(Map<Long, String> goldByArticle) {
        return (int) predicted(goldByArticle).values().stream().distinct().count();
    }

    private static Map<String, String> labels(Map<Long, String> goldByArticle) {
        Map<String, String> gold = new LinkedHashMap<>();
        goldByArticle.forEach((id, g) -> gold.put(Long.toString(id), g));
        return gold;
    }

    private Map<String, String> predicted(Map<Long, String> goldByArticle) {
        Map<String, String> predicted = new HashMap<>();
        for (long id : goldByArticle.keySet()) {
            predicted.put(Long.toString(id), Long.toString(events.eventOf(id).orElseThrow()));
        }
        return predicted;
    }

    /** Regroups the stored articles at each granularity and scores the events of the labelled ones. */
    public Result evaluate(Map<Long, String> goldByArticle) {
        Map<String, String> gold = labels(goldByArticle);
        List<Row> rows = new ArrayList<>();
        for (Granularity g : Granularity.values()) {
            events.regroup(g.threshold(), null, null);
            rows.add(new Row(g.label(), g.threshold(), eventCount(goldByArticle), scoreAsGrouped(goldByArticle)));
        }
        events.regroup(Granularity.DEFAULT.threshold(), null, null);
        return new Result(gold.size(), (int) gold.values().stream().distinct().count(), rows);
    }

    private static Map<Integer, String> goldByLine(Path jsonl) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<Integer, String> gold = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                JsonNode g = node.get("gold_event");
                if (g != null && !g.isNull()) {
                    gold.put(n, g.asString());
                }
            }
        }
        return gold;
    }

    /** The result as the table {@code evaluate-grouping} prints. */
    public static String format(String file, Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s: %d labelled articles in %d gold events%n", file, r.articles(), r.goldEvents()));
        out.append(String.format("%-16s %9s %6s %7s %7s %7s %7s %7s %7s%n",
                "granularity", "threshold", "events", "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1"));
        for (Row row : r.rows()) {
            ClusteringScores s = row.scores();
            out.append(String.format("%-16s %9.2f %6d %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f%n", row.granularity(), row.threshold(),
                    row.events(), s.pairwise().precision(), s.pairwise().recall(), s.pairwise().f1(),
                    s.bCubed().precision(), s.bCubed().recall(), s.bCubed().f1()));
        }
        return out.toString();
    }
}
