package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The labelled evaluation corpus (src/test/resources/eval, original text: 10 events by 3-5 outlets
 * with look-alike events, plus singletons) is grouped with pair-counting F1 of at least 0.9 at the
 * default granularity.
 */
@SpringBootTest
class GroupingEvaluationTest {

    @Autowired GroupingEvaluation evaluation;

    @Test
    void evaluationCorpusScoresPairF1OfAtLeast090AtTheDefaultGranularity() throws Exception {
        Path corpus = Path.of(getClass().getResource("/eval/grouping-eval.jsonl").toURI());

        GroupingEvaluation.Result result = evaluation.evaluate(corpus);
        System.out.print(GroupingEvaluation.format("grouping-eval.jsonl", result));

        assertThat(result.articles()).isEqualTo(46);
        assertThat(result.goldEvents()).isEqualTo(15);
        GroupingEvaluation.Row byDefault = result.rows().stream()
                .filter(r -> r.granularity().equals(Granularity.DEFAULT.label())).findFirst().orElseThrow();
        assertThat(byDefault.scores().pairwise().f1()).isGreaterThanOrEqualTo(0.9);
        assertThat(byDefault.scores().bCubed().f1()).isGreaterThanOrEqualTo(0.9);
    }
}
