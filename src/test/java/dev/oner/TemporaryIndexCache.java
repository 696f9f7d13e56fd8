package dev.oner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh index cache folder for one test class that starts the app on an article of its own: the index it builds
 * is cached there, never in the developer's cache, and no other class's index is found in it.
 */
public final class TemporaryIndexCache {

    private TemporaryIndexCache() {}

    public static Path create(String name) {
        try {
            return Files.createTempDirectory(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points {@code oner.index.cache-dir} at a fresh folder for the context it starts, for a test class that only
     * needs its article's index kept apart ({@code @ContextConfiguration(initializers = ...)}), not the folder itself.
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("oner.index.cache-dir=" + create("oner-article-index"))
                    .applyTo(context);
        }
    }
}
