package dev.oner.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oner.answer.Answerer;
import dev.oner.chunking.ArticleChunks;
import dev.oner.retrieval.SentenceRetriever;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Running the app in production: request ids in every log line, errors as problem details down to Tomcat's own,
 * metrics per channel and per stage, the answer mode in {@code /actuator/info}, and a warmed-up question path
 * before readiness turns true.
 */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        // Before everything else, so that every filter's log lines carry the id.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ServerErrorCounter> serverErrorCounter(MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new ServerErrorCounter(meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContentTypeFilter> contentTypeFilter(ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new ContentTypeFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodilessErrorFilter> bodilessErrorFilter(ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new BodilessErrorFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return new ProblemReportValveInstaller();
    }

    /** The app's streamed answers run on Spring's task executor: carry the request id over to it. */
    @Bean
    TaskDecorator requestIdPropagation() {
        return task -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            return () -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                try {
                    task.run();
                } finally {
                    MDC.clear();
                }
            };
        };
    }

    @Bean
    DefaultServerRequestObservationConvention channelTaggedRequests() {
        return new DefaultServerRequestObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
                return super.getLowCardinalityKeyValues(context)
                        .and("channel", Channels.of(context.getCarrier().getRequestURI()));
            }
        };
    }

    @Bean
    static BeanPostProcessor meteredAnswerers(ObjectProvider<MeterRegistry> meters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Answerer answerer && !(bean instanceof MeteredAnswerer)
                        ? new MeteredAnswerer(answerer, meters.getObject())
                        : bean;
            }
        };
    }

    @Bean
    InfoContributor answerInfo(Answerer answerer) {
        return info -> info.withDetail("answer", Map.of("mode", answerer.mode()));
    }

    @Bean
    WarmUp warmUp(SentenceRetriever retriever, Answerer answerer, ArticleChunks chunks, OpsProperties properties) {
        return new WarmUp(retriever, answerer, chunks, properties.warmUp());
    }

    /** Does nothing unless this is the build's class-data sharing training start (README, "Start-up"). */
    @Bean
    TrainingRun trainingRun(ArticleChunks chunks, ObjectMapper json, OpsProperties properties) {
        return new TrainingRun(chunks, json, properties.trainingRun());
    }

    /**
     * Replaces the error report valve Spring Boot installs on Tomcat's host with {@link ProblemReportValve}; ordered
     * last so that Boot's own customizer has added its valve by then.
     */
    static final class ProblemReportValveInstaller
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Pipeline pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemReportValve());
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
