package dev.oner;

import java.util.Optional;
import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The fast start runs the bean definitions Spring AOT generated at build time ({@code -Dspring.aot.enabled=true},
 * README "Start-up"), which skips parsing the configuration classes and evaluating their conditions. But AOT fixes
 * each condition's outcome as the build saw it, and the build processes the defaults (Slack off, no language model).
 * A start whose settings turn such a feature on would silently run without it, so each feature that a condition
 * switches on has a guard: when this start's settings differ from the build's, the start goes the ordinary way,
 * evaluating every condition, only slower. Runs once the environment holds every property source (the command line,
 * the environment variables, the configuration files), and before the context that would use the generated code is
 * created.
 */
public abstract class AheadOfTimeGuard implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    protected AheadOfTimeGuard(DeferredLogFactory logs) {
        this.log = logs.getLog(getClass());
    }

    /**
     * What this start turns on that the build's ahead-of-time processing left out, in words for the log; empty when
     * the generated bean definitions fit.
     */
    protected abstract Optional<String> onButLeftOutAtBuild(ConfigurableEnvironment environment);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        onButLeftOutAtBuild(environment).ifPresent(reason -> {
            // The one switch Spring reads: SpringApplication consults it only after the environment is prepared.
            System.setProperty(AotDetector.AOT_ENABLED, "false");
            log.info("Starting without the ahead-of-time processed beans (slower): " + reason
                    + ", which the build processed as off");
        });
    }

    @Override
    public int getOrder() {
        // After the configuration files are read (ConfigDataEnvironmentPostProcessor), so their settings count too.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
