package dev.oner;

import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The last line of a start: where the app answers and how long starting took, then what each stage says of itself
 * ({@link StartStatus}): how it answers, whether Slack is on. Ordered last among the listeners to the ready event,
 * so nothing started with the app is logged after it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadyLog implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    private final ObjectProvider<StartStatus> statuses;
    private final Environment environment;

    ReadyLog(ObjectProvider<StartStatus> statuses, Environment environment) {
        this.statuses = statuses;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String parts =
                statuses.orderedStream().map(status -> "; " + status.describe()).collect(Collectors.joining());
        log.info(
                "oner is ready at {} in {} s{}",
                url(web.getWebServer().getPort()),
                String.format(Locale.ROOT, "%.1f", ready.getTimeTaken().toMillis() / 1000.0),
                parts);
    }

    private String url(int port) {
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return "http://localhost:" + port + contextPath + "/";
    }
}
