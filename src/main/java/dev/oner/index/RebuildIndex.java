package dev.oner.index;

import dev.oner.OfflineMode;
import dev.oner.OnerApplication;
import java.nio.file.Path;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Rebuilds {@code embeddings/} from the article with the current settings:
 * {@code ./mvnw -q compile spring-boot:run -Dspring-boot.run.main-class=dev.oner.index.RebuildIndex}.
 */
public final class RebuildIndex {

    private RebuildIndex() {}

    public static void main(String[] args) throws Exception {
        OfflineMode.enforce();
        Path folder = Path.of(args.length > 0 ? args[0] : "embeddings");
        try (var context = new SpringApplicationBuilder(OnerApplication.class)
                .web(WebApplicationType.NONE)
                .properties("oner.slack.enabled=false")
                .run()) {
            var loader = context.getBean(EmbeddingIndexLoader.class);
            loader.write(loader.build(), folder);
            System.out.printf(
                    "Wrote %s, %s and %s to %s%n",
                    EmbeddingIndexLoader.INDEX,
                    EmbeddingIndexLoader.LEXICON,
                    EmbeddingIndexLoader.MANIFEST,
                    folder.toAbsolutePath());
        }
    }
}
