package dev.oner.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import dev.oner.conversation.ChatService;
import dev.oner.feedback.FeedbackService;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Slack as one more channel: a Bolt app on {@value #PATH} of this server, for events, slash commands and
 * interactions alike. It starts only with a bot token and a signing secret; without them the app runs as before
 * and says once, at start, that Slack is off.
 */
@Configuration(proxyBeanMethods = false)
class SlackConfiguration {

    static final String PATH = "/slack/events";

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    @Bean
    ApplicationListener<ApplicationReadyEvent> slackStatus(SlackProperties properties) {
        return ready -> {
            if (properties.active()) {
                log.info(
                        "Slack is on: events, commands and interactions are served on POST {} (Web API {})",
                        PATH,
                        properties.apiUrl());
            } else {
                log.info("Slack is off: {}. The chat page and the API work without it.", properties.whyInactive());
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(SlackConfigured.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class SlackChannel {

        @Bean
        Slack slackClient(SlackProperties properties) {
            var config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(properties.apiUrl());
            return Slack.getInstance(config);
        }

        /**
         * The workers that answer after each request is acknowledged. Not a default candidate, so Spring Boot's
         * own {@code applicationTaskExecutor} stays and nothing else picks this one up by type.
         */
        @Bean(defaultCandidate = false)
        ThreadPoolTaskExecutor slackExecutor(SlackProperties properties) {
            var executor = new ThreadPoolTaskExecutor();
            executor.setThreadNamePrefix("slack-");
            executor.setCorePoolSize(properties.workerThreads());
            executor.setMaxPoolSize(properties.workerThreads());
            executor.setQueueCapacity(properties.queueCapacity());
            // Answers already being written are finished at shutdown, within Slack's client's 10 s HTTP time-out.
            executor.setWaitForTasksToCompleteOnShutdown(true);
            executor.setAwaitTerminationSeconds(10);
            return executor;
        }

        @Bean
        App slackApp(
                SlackProperties properties,
                Slack slackClient,
                @Qualifier("slackExecutor") ThreadPoolTaskExecutor slackExecutor,
                ChatService chats,
                FeedbackService feedback,
                JdbcClient db) {
            var config = AppConfig.builder()
                    .slack(slackClient)
                    .singleTeamBotToken(properties.botToken())
                    .signingSecret(properties.signingSecret())
                    // Signatures and timestamps are checked on every request: Bolt's default, stated because the
                    // endpoint is public.
                    .requestVerificationEnabled(true)
                    .ignoringSelfEventsEnabled(true)
                    // Edits, deletions, bot posts and other message subtypes are acknowledged and ignored, so Slack
                    // does not retry them.
                    .subtypedMessageEventsAutoAckEnabled(true)
                    .build();
            var app = new App(config);
            var worker = new SlackWorker(slackExecutor);
            var delivered = new DeliveredEvents(db, Clock.systemUTC(), properties.retryWindow());
            new MessageListeners(chats, worker, delivered).registerOn(app);
            new CommandListener(chats, worker).registerOn(app);
            new ButtonListeners(chats, feedback, worker).registerOn(app);
            return app;
        }

        @Bean
        ServletRegistrationBean<SlackAppServlet> slackAppServlet(App slackApp) {
            var registration = new ServletRegistrationBean<>(new SlackAppServlet(slackApp), PATH);
            registration.setName("slackAppServlet");
            registration.setLoadOnStartup(1);
            return registration;
        }

        /**
         * Starts the Bolt app once the server is up, off the main thread: starting checks the token with Slack
         * (auth.test), which would otherwise happen inside the first request and could make Slack wait past its
         * three seconds. A failure here is retried by Bolt on the next request.
         */
        @Bean
        ApplicationListener<ApplicationReadyEvent> slackAppStart(
                App slackApp, @Qualifier("slackExecutor") ThreadPoolTaskExecutor slackExecutor) {
            return ready -> slackExecutor.execute(() -> {
                try {
                    slackApp.start();
                } catch (RuntimeException e) {
                    log.warn("Slack: could not start ({}); check SLACK_BOT_TOKEN and SLACK_API_URL", e.getMessage());
                }
            });
        }
    }

    /** Slack is enabled, and both credentials are set. */
    static final class SlackConfigured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            SlackProperties properties =
                    Binder.get(context.getEnvironment()).bindOrCreate("oner.slack", SlackProperties.class);
            return properties.active()
                    ? ConditionOutcome.match("Slack is enabled with a bot token and a signing secret")
                    : ConditionOutcome.noMatch(properties.whyInactive());
        }
    }
}
