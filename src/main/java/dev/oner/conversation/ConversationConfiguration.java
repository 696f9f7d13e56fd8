package dev.oner.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import dev.oner.answer.Answerer;
import dev.oner.retrieval.SentenceRetriever;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ConversationStore conversationStore(
            JdbcClient db, TransactionTemplate transactions, ObjectMapper json, ConversationProperties properties) {
        return new JdbcConversationStore(db, transactions, json, Clock.systemUTC(), properties.idleExpiry());
    }

    @Bean
    ChatService chatService(
            ConversationStore store,
            SentenceRetriever retriever,
            Answerer answerer,
            QueryTransformer followUps,
            ConversationProperties properties,
            MeterRegistry meters) {
        // The model's rewriter when a model is configured, else the offline resolver.
        return new ChatService(
                store, followUps, retriever, answerer, properties.maxTurns(), properties.maxHistoryTurns(), meters);
    }
}
