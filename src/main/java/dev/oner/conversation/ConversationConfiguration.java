package dev.oner.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import dev.oner.answer.Answerer;
import dev.oner.retrieval.FollowUpResolver;
import dev.oner.retrieval.SentenceRetriever;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ConversationStore conversationStore(ConversationProperties properties) {
        return new InMemoryConversationStore(
                properties.maxConversations(), properties.idleExpiry(), Ticker.systemTicker());
    }

    @Bean
    ChatService chatService(
            ConversationStore store,
            SentenceRetriever retriever,
            Answerer answerer,
            ObjectProvider<QueryTransformer> followUps,
            ConversationProperties properties,
            MeterRegistry meters) {
        // The model's rewriter when a model is configured, else the offline resolver.
        return new ChatService(
                store,
                followUps.getIfAvailable(FollowUpResolver::new),
                retriever,
                answerer,
                properties.maxTurns(),
                meters);
    }
}
