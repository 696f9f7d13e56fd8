package dev.oner.answer;

import dev.oner.StartStatus;
import dev.oner.chunking.ArticleChunks;
import dev.oner.index.KeywordIndex;
import dev.oner.index.People;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

    @Bean
    Answerer extractiveAnswerer(KeywordIndex index, People people, ArticleChunks chunks, AnswerProperties properties) {
        return new ExtractiveAnswerer(index, people, chunks, properties);
    }

    /** For the line that says the app is ready: how it answers. */
    @Bean
    @Order(StartStatus.ANSWERS)
    StartStatus answerModeStatus(Answerer answerer) {
        // The answerer channels get: the primary one when a model is configured (it falls back to the extractive).
        return () -> "answer mode: " + answerer.mode();
    }
}
