package dev.oner.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.SettingsValidation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LlmConfigurationTest {

    @EnableConfigurationProperties(LlmProperties.class)
    static class PropertiesOnly {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(SettingsValidation.class, PropertiesOnly.class, LlmConfiguration.class);

    @Test
    void should_build_no_model_part_without_a_provider() {
        runner.withPropertyValues("oner.llm.provider=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(LanguageModels.class);
            assertThat(context).doesNotHaveBean(GroundingCheck.class);
            assertThat(context.getBean(LlmProperties.class).enabled()).isFalse();
        });
    }

    @Test
    void should_refuse_to_start_with_a_provider_but_no_model() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(SettingsValidation.class, PropertiesOnly.class)
                .withPropertyValues("oner.llm.provider=openai")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("ONER_LLM_MODEL");
                });
    }

    @Test
    void should_refuse_an_unknown_provider() {
        new ApplicationContextRunner()
                .withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("oner.llm.provider=gpt", "oner.llm.model=m")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void should_log_provider_model_and_address_but_never_the_key(CapturedOutput output) {
        LlmProperties properties = ModelFaultsTest.properties(
                "openai", "http://127.0.0.1:9/v1", Map.of("oner.llm.api-key", "sk-secret-123"));

        new LlmConfiguration().languageModels(properties);

        assertThat(output)
                .contains("openai", "'fake-model'", "http://127.0.0.1:9/v1")
                .doesNotContain("sk-secret-123");
        assertThat(properties.toString()).doesNotContain("sk-secret-123");
    }

    @Test
    void should_use_the_providers_usual_address_when_none_is_given() {
        LlmProperties properties = ModelFaultsTest.properties("ollama", "", Map.of());

        assertThat(properties.effectiveBaseUrl()).isEqualTo("http://localhost:11434");
    }
}
