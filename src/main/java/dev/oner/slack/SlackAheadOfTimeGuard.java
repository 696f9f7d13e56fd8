package dev.oner.slack;

import dev.oner.AheadOfTimeGuard;
import java.util.Optional;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/** Slack's channel is conditional on its credentials ({@link SlackConfiguration.SlackConfigured}). */
final class SlackAheadOfTimeGuard extends AheadOfTimeGuard {

    SlackAheadOfTimeGuard(DeferredLogFactory logs) {
        super(logs);
    }

    @Override
    protected Optional<String> onButLeftOutAtBuild(ConfigurableEnvironment environment) {
        return SlackProperties.of(environment).active() ? Optional.of("Slack is on") : Optional.empty();
    }
}
