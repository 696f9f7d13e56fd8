package dev.oner.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

class LlmAheadOfTimeGuardTest {

    private final LlmAheadOfTimeGuard guard = new LlmAheadOfTimeGuard(new DeferredLogs());

    @Test
    void should_keep_the_generated_beans_without_a_provider() {
        assertThat(guard.onButLeftOutAtBuild(new MockEnvironment())).isEmpty();
        assertThat(guard.onButLeftOutAtBuild(new MockEnvironment().withProperty("oner.llm.provider", " ")))
                .isEmpty();
    }

    @Test
    void should_ask_for_the_ordinary_start_when_a_provider_is_set() {
        assertThat(guard.onButLeftOutAtBuild(new MockEnvironment().withProperty("oner.llm.provider", "ollama")))
                .contains("a language model is configured (ollama)");
    }
}
