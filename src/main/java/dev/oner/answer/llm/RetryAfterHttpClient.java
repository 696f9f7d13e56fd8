package dev.oner.answer.llm;

import java.io.Closeable;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK's HTTP client, retrying a request once when the server answers 429 with a {@code Retry-After} of at most
 * {@code maxWait}. LangChain4j's HTTP layer turns a 429 into an exception without its headers, and its own retries
 * do not read {@code Retry-After}, so the wait is honoured here, beneath LangChain4j's JDK client
 * ({@code JdkHttpClientBuilder.httpClientBuilder(...)} takes this through {@link #builder}).
 */
final class RetryAfterHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final Duration maxWait;

    private RetryAfterHttpClient(HttpClient delegate, Duration maxWait) {
        this.delegate = delegate;
        this.maxWait = maxWait;
    }

    /** A builder of the JDK client whose {@code build()} wraps the client it builds. */
    static HttpClient.Builder builder(Duration maxWait) {
        // HTTP/1.1: a cleartext HTTP/2 upgrade request confuses some local model servers.
        return new Builder(HttpClient.newBuilder().version(Version.HTTP_1_1), maxWait);
    }

    /** How long a 429 reply asks to wait, when it asks for a wait short enough to honour. */
    Optional<Duration> shortRetryAfter(HttpResponse<?> response) {
        if (response.statusCode() != 429) {
            return Optional.empty();
        }
        return response.headers()
                .firstValue("Retry-After")
                .flatMap(value -> {
                    try {
                        return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
                    } catch (NumberFormatException dateOrGarbage) {
                        // An HTTP date means a long wait in practice: not honoured.
                        return Optional.empty();
                    }
                })
                .filter(wait -> !wait.isNegative() && wait.compareTo(maxWait) <= 0);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<T> response = delegate.send(request, handler);
        Optional<Duration> wait = shortRetryAfter(response);
        if (wait.isEmpty()) {
            return response;
        }
        discard(response);
        Thread.sleep(wait.get().toMillis());
        return delegate.send(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler).thenCompose(response -> {
            Optional<Duration> wait = shortRetryAfter(response);
            if (wait.isEmpty()) {
                return CompletableFuture.completedFuture(response);
            }
            discard(response);
            Executor later = CompletableFuture.delayedExecutor(wait.get().toMillis(), TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> request, later)
                    .thenCompose(again -> delegate.sendAsync(again, handler));
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request,
            HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    // A streamed body left open would hold the connection.
    private static void discard(HttpResponse<?> response) {
        if (response.body() instanceof Closeable body) {
            try {
                body.close();
            } catch (IOException ignored) {
                // Nothing more to read from a body being thrown away.
            }
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    private record Builder(HttpClient.Builder delegate, Duration maxWait) implements HttpClient.Builder {

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            delegate.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            delegate.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            delegate.sslContext(sslContext);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            delegate.sslParameters(sslParameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            delegate.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(Redirect policy) {
            delegate.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(Version version) {
            delegate.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            delegate.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            delegate.proxy(proxySelector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            delegate.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new RetryAfterHttpClient(delegate.build(), maxWait);
        }
    }
}
