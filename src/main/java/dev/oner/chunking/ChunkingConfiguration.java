package dev.oner.chunking;

import dev.langchain4j.data.document.splitter.DocumentBySentenceSplitter;
import dev.oner.article.Article;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChunkingConfiguration {

    // Only the splitter's sentence detection is used; segment sizes do not apply, so any positive size will do.
    private static final int UNUSED_SEGMENT_SIZE = Integer.MAX_VALUE;

    @Bean
    ArticleChunks articleChunks(Article article, ChunkingProperties properties) {
        var splitter = new DocumentBySentenceSplitter(UNUSED_SEGMENT_SIZE, 0);
        var chunker = new SentenceChunker(splitter, Pattern.compile(properties.fragmentStart()));
        return new ArticleChunks(chunker.chunk(article));
    }
}
