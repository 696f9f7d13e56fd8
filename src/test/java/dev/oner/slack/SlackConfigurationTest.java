package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.slack.api.bolt.App;
import dev.oner.SettingsValidation;
import dev.oner.conversation.ChatService;
import dev.oner.feedback.FeedbackService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

class SlackConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SlackProperties.class)
    static class Properties {}

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(TaskExecutionAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(SettingsValidation.class, Properties.class, SlackConfiguration.class)
            .withBean(ChatService.class, () -> mock(ChatService.class))
            .withBean(FeedbackService.class, () -> mock(FeedbackService.class))
            .withBean(JdbcClient.class, () -> mock(JdbcClient.class));

    @Test
    void should_stay_off_without_token_and_secret() {
        runner.run(context -> {
            assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(App.class)
                    .doesNotHaveBean(ServletRegistrationBean.class);
            assertThat(context.getBean(SlackProperties.class).whyInactive())
                    .isEqualTo("SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not set");
        });
    }

    @Test
    void should_stay_off_with_only_one_of_token_and_secret() {
        runner.withPropertyValues("oner.slack.bot-token=xoxb-1").run(context -> {
            assertThat(context).doesNotHaveBean(App.class);
            assertThat(context.getBean(SlackProperties.class).whyInactive())
                    .isEqualTo("SLACK_SIGNING_SECRET is not set");
        });
        runner.withPropertyValues("oner.slack.signing-secret=s")
                .run(context -> assertThat(context).doesNotHaveBean(App.class));
    }

    @Test
    void should_stay_off_when_disabled_even_with_token_and_secret() {
        runner.withPropertyValues(
                        "oner.slack.bot-token=xoxb-1", "oner.slack.signing-secret=s", "oner.slack.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(App.class));
    }

    @Test
    void should_serve_slack_on_its_path_with_token_and_secret_and_leave_the_app_executor_alone() {
        runner.withPropertyValues("oner.slack.bot-token=xoxb-1", "oner.slack.signing-secret=s")
                .run(context -> {
                    assertThat(context)
                            .hasSingleBean(App.class)
                            .hasBean("applicationTaskExecutor")
                            .hasBean("slackExecutor");
                    assertThat(context.getBean(ServletRegistrationBean.class).getUrlMappings())
                            .containsExactly("/slack/events");
                    assertThat(context.getBean(SlackProperties.class).apiUrl()).isEqualTo("https://slack.com/api/");
                    assertThat(context.getBean(SlackProperties.class).toString())
                            .doesNotContain("xoxb-1");
                });
    }

    @Test
    void should_take_a_blank_api_url_for_slacks_and_refuse_one_that_is_not_a_url() {
        runner.withPropertyValues("oner.slack.api-url=http://127.0.0.1:9/api")
                .run(context -> assertThat(
                                context.getBean(SlackProperties.class).apiUrl())
                        .isEqualTo("http://127.0.0.1:9/api/"));
        runner.withPropertyValues("oner.slack.api-url=")
                .run(context -> assertThat(
                                context.getBean(SlackProperties.class).apiUrl())
                        .isEqualTo("https://slack.com/api/"));
        runner.withPropertyValues("oner.slack.api-url=slack.com/api")
                .run(context -> assertThat(context).hasFailed());
    }
}
