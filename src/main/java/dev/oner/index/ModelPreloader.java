package dev.oner.index;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts opening the embedding model (ONNX Runtime's session and the tokenizer, about 0.7 s of one core) on its own
 * thread as soon as the configuration is known, before the context creates any bean, so that it overlaps with the
 * rest of the start (configuration classes, the database migration, the web server) instead of adding to it. The
 * model's bean then waits for it ({@link PreloadedModel}). Registered in {@code META-INF/spring.factories}.
 */
public final class ModelPreloader implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddingModelProperties properties;
        try {
            properties = Binder.get(context.getEnvironment())
                    .bindOrCreate(PreloadedModel.PROPERTIES, EmbeddingModelProperties.class);
        } catch (RuntimeException invalid) {
            // The properties' own bean reports what is wrong, with Spring's usual message; the model then loads there.
            return;
        }
        context.getBeanFactory().registerSingleton(PreloadedModel.BEAN, PreloadedModel.start(properties));
    }
}
