package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.chunking.ArticleChunks;
import dev.oner.index.KeywordIndex;
import dev.oner.index.People;
import dev.oner.retrieval.RetrievedSentence;
import dev.oner.retrieval.SentenceRetriever;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Standardised dense similarities (oner.answer.dense-scale) make the answer independent of the model's cosine
 * scale: the same similarities compressed and shifted, as another model's would be, give the same answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DenseScaleTest {

    @Autowired
    SentenceRetriever retriever;

    @Autowired
    KeywordIndex index;

    @Autowired
    People people;

    @Autowired
    ArticleChunks chunks;

    @Autowired
    AnswerProperties properties;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "How long is the one-shot action sequence in Extraction?",
                "Who directed Extraction?",
                "What year did Extraction come out?",
                "Who composed the film's score?",
                "What did Hargrave want to do after the response to Atomic Blonde's fight?"
            })
    void should_answer_the_same_whatever_the_scale_of_the_models_cosines(String question) {
        var answerer = new ExtractiveAnswerer(index, people, chunks, standardised(properties));
        List<RetrievedSentence> candidates = retriever.retrieve(question);
        List<RetrievedSentence> otherScale = candidates.stream()
                .map(c -> new RetrievedSentence(
                        c.sentence(),
                        c.fusedScore(),
                        c.denseScore() == 0 ? 0 : 0.4 + 0.5 * c.denseScore(),
                        c.keywordScore()))
                .toList();

        Answer asIs = answerer.answer(question, candidates, word -> {});
        Answer rescaled = answerer.answer(question, otherScale, word -> {});

        assertThat(rescaled.answered()).isEqualTo(asIs.answered());
        assertThat(rescaled.text()).isEqualTo(asIs.text());
    }

    private static AnswerProperties standardised(AnswerProperties p) {
        return new AnswerProperties(
                p.maxSentences(),
                p.maxWords(),
                p.minCoverage(),
                p.minCoverageWhenDistinct(),
                p.distinctDenseMargin(),
                p.standoutDense(),
                p.coverageWeight(),
                p.typeBonus(),
                p.supportMargin(),
                p.minCoverageGain(),
                p.relatedCredit(),
                p.maxUnknownShare(),
                p.closestByMeaning(),
                p.aboutCoverage(),
                p.typedShareOfAbout(),
                p.summaryQuestion(),
                p.taskRequest(),
                p.abstention(),
                AnswerProperties.DenseScale.STANDARDISED,
                p.denseUnit());
    }
}
