package dev.oner.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description (and Swagger UI) says about the API as a whole, and the names of its groups. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String CHAT = "Chat";
    static final String ARTICLE = "Article";
    static final String FEEDBACK = "Feedback";

    @Bean
    OpenAPI openApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title("oner API")
                        // From the build (META-INF/build-info.properties); "development" when run without one.
                        .version(properties == null ? "development" : properties.getVersion())
                        .description("Questions about one article, answered with the article's own sentences, each"
                                + " cited by its place in the article; when the article does not answer, the reply"
                                + " says so and cites nothing. Errors are RFC 9457 problem details."))
                .tags(List.of(
                        new Tag().name(CHAT).description("Ask questions and follow-ups, whole or streamed"),
                        new Tag().name(ARTICLE).description("The article that citations point into"),
                        new Tag().name(FEEDBACK).description("Thumbs up or down on an answer")));
    }
}
