package dev.oner.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import dev.oner.StartStatus;
import dev.oner.conversation.ChatService;
import dev.oner.feedback.FeedbackService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Slack as one more channel: a Bolt app on {@value #PATH} of this server, for events, slash commands and
 * interactions alike. It starts only with a bot token and a signing secret; without them the app runs as before
 * and the line that says the app is ready says that Slack is off, and why.
 */
@Configuration(proxyBeanMethods = false)
class SlackConfiguration {

    static final String PATH = "/slack/events";

    // A request waits this long for a token check under way, leaving a second of Slack's three for the rest.
    private static final Duration TOKEN_CHECK_PATIENCE = Duration.ofSeconds(2);

    /** For the line that says the app is ready: Slack on, or off and why. */
    @Bean
    @Order(StartStatus.CHANNELS)
    StartStatus slackStartStatus(SlackProperties properties) {
        return () -> properties.active()
                ? "Slack on (POST " + PATH + ", Web API " + properties.apiUrl() + ")"
                : "Slack off (" + properties.whyInactive() + ")";
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(SlackConfigured.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class SlackChannel {

        @Bean
        Slack slackClient(SlackProperties properties) {
            var config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(properties.apiUrl());
            // The client's call metrics, which nothing here reads, resolve each token's team with an extra
            // auth.test call of their own: off, so the token check is the one caller of auth.test.
            config.setStatsEnabled(false);
            return Slack.getInstance(config);
        }

        /**
         * The workers that answer after each request is acknowledged. Not a default candidate, so Spring Boot's
         * own {@code applicationTaskExecutor} stays and nothing else picks this one up by type.
         */
        @Bean(defaultCandidate = false)
        ThreadPoolTaskExecutor slackExecutor(SlackProperties properties, ObjectProvider<TaskDecorator> decorator) {
            var executor = new ThreadPoolTaskExecutor();
            // Carries the request's id into the log lines written while answering it.
            decorator.ifAvailable(executor::setTaskDecorator);
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
        SlackTokenCheck slackTokenCheck(SlackProperties properties, Slack slackClient) {
            return new SlackTokenCheck(
                    slackClient.methods(), properties.botToken(), properties.apiUrl(), properties.tokenCheckRetry());
        }

        @Bean
        App slackApp(
                SlackProperties properties,
                Slack slackClient,
                SlackTokenCheck tokenCheck,
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
                    // The token check is the one caller of auth.test; its result is kept, not fetched again.
                    .authTestCacheExpirationMillis(-1)
                    .build();
            var app = new App(config, middleware(config, slackClient, tokenCheck)).asOAuthApp(false);
            var worker = new SlackWorker(slackExecutor);
            var delivered = new DeliveredEvents(db, Clock.systemUTC(), properties.retryWindow());
            new MessageListeners(chats, worker, delivered).registerOn(app);
            new CommandListener(chats, worker).registerOn(app);
            new ButtonListeners(chats, feedback, worker).registerOn(app);
            return app;
        }

        /**
         * Bolt's default middleware for a single-workspace app, in Bolt's order, except that the token is checked
         * by {@link SlackTokenCheck} rather than by a call to auth.test while the list is built: Bolt makes that
         * call on the first request, and when Slack cannot be reached it fails that request and every later one.
         */
        private static List<Middleware> middleware(AppConfig config, Slack slackClient, SlackTokenCheck tokenCheck) {
            var verifier = new SlackSignature.Verifier(new SlackSignature.Generator(config.getSigningSecret()));
            return new ArrayList<>(List.of(
                    new SSLCheck(config.getVerificationToken()),
                    new RequestVerification(verifier),
                    new CheckedTokenAuthorization(config, tokenCheck, TOKEN_CHECK_PATIENCE),
                    new IgnoringSelfEvents(slackClient.getConfig())));
        }

        @Bean
        ServletRegistrationBean<SlackAppServlet> slackAppServlet(App slackApp) {
            var registration = new ServletRegistrationBean<SlackAppServlet>(new SlackEndpointServlet(slackApp), PATH);
            registration.setName("slackAppServlet");
            registration.setLoadOnStartup(1);
            return registration;
        }

        /**
         * Starts the Bolt app and the token check once the server is up. Neither calls Slack on this thread: the
         * check runs in the background, so a slow or unreachable Slack delays nothing else.
         */
        @Bean
        ApplicationListener<ApplicationReadyEvent> slackAppStart(App slackApp, SlackTokenCheck tokenCheck) {
            return ready -> {
                slackApp.start();
                tokenCheck.start();
            };
        }
    }

    /** Slack is enabled, and both credentials are set. */
    static final class SlackConfigured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            SlackProperties properties = SlackProperties.of(context.getEnvironment());
            return properties.active()
                    ? ConditionOutcome.match("Slack is enabled with a bot token and a signing secret")
                    : ConditionOutcome.noMatch(properties.whyInactive());
        }
    }
}
