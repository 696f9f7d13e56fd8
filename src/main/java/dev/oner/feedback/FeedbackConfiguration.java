package dev.oner.feedback;

import dev.oner.conversation.ChatService;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FeedbackStore feedbackStore() {
        return new InMemoryFeedbackStore();
    }

    @Bean
    FeedbackService feedbackService(FeedbackStore store, ChatService chats) {
        return new FeedbackService(store, chats, Clock.systemUTC());
    }
}
