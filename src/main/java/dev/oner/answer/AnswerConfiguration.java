package dev.oner.answer;

import dev.oner.chunking.ArticleChunks;
import dev.oner.index.KeywordIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

    @Bean
    Answerer extractiveAnswerer(KeywordIndex index, ArticleChunks chunks, AnswerProperties properties) {
        return new ExtractiveAnswerer(index, chunks, properties);
    }
}
