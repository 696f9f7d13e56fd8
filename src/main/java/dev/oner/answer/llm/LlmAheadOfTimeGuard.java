package dev.oner.answer.llm;

import dev.oner.AheadOfTimeGuard;
import java.util.Optional;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/** Generated answers are conditional on a provider ({@link LlmConfiguration}). */
final class LlmAheadOfTimeGuard extends AheadOfTimeGuard {

    LlmAheadOfTimeGuard(DeferredLogFactory logs) {
        super(logs);
    }

    @Override
    protected Optional<String> onButLeftOutAtBuild(ConfigurableEnvironment environment) {
        String provider = environment.getProperty(LlmConfiguration.PROVIDER, "");
        return provider.isBlank() ? Optional.empty() : Optional.of("a language model is configured (" + provider + ")");
    }
}
