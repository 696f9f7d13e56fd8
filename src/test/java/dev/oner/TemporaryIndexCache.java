package dev.oner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
