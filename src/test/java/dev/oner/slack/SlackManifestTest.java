package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The shipped manifest creates an app that sends this code what it listens for, where it listens. */
class SlackManifestTest {

    @Test
    void should_subscribe_the_slack_app_to_what_the_bot_handles_on_its_endpoint() throws IOException {
        // given
        Map<String, Object> manifest = manifest();

        // then
        assertThat(list(manifest, "oauth_config", "scopes", "bot"))
                .containsExactlyInAnyOrder("app_mentions:read", "chat:write", "commands", "im:history");
        assertThat(list(manifest, "settings", "event_subscriptions", "bot_events"))
                .containsExactlyInAnyOrder("app_mention", "message.im");
        assertThat(value(manifest, "settings", "event_subscriptions", "request_url"))
                .isEqualTo(url());
        assertThat(value(manifest, "settings", "interactivity", "is_enabled")).isEqualTo(true);
        assertThat(value(manifest, "settings", "interactivity", "request_url")).isEqualTo(url());
        assertThat(value(manifest, "features", "app_home", "messages_tab_enabled"))
                .isEqualTo(true);
        assertThat(value(manifest, "features", "app_home", "messages_tab_read_only_enabled"))
                .isEqualTo(false);
        Map<?, ?> command =
                (Map<?, ?>) list(manifest, "features", "slash_commands").get(0);
        assertThat(command.get("command")).isEqualTo(CommandListener.COMMAND);
        assertThat(command.get("url")).isEqualTo(url());
    }

    private static String url() {
        return "https://YOUR-HOST" + SlackConfiguration.PATH;
    }

    private static Map<String, Object> manifest() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("slack", "manifest.yml"))) {
            return new Yaml().load(reader);
        }
    }

    private static Object value(Map<String, Object> manifest, String... path) {
        Object node = manifest;
        for (String key : path) {
            node = ((Map<?, ?>) node).get(key);
        }
        return node;
    }

    private static List<Object> list(Map<String, Object> manifest, String... path) {
        return List.copyOf((List<?>) value(manifest, path));
    }
}
