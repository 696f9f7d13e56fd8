package dev.oner.feedback;

import dev.oner.conversation.ChatService;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FeedbackStore feedbackStore(JdbcClient db) {
        return new JdbcFeedbackStore(db);
    }

    @Bean
    FeedbackService feedbackService(FeedbackStore store, ChatService chats) {
        return new FeedbackService(store, chats, Clock.systemUTC());
    }
}
