package dev.oner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The reference the benchmark measures oner against: LangChain4j's tutorial RAG pipeline (recursive splitter,
 * in-process all-minilm-l6-v2-q, the model oner answers with by default, in-memory store, content retriever) over
 * the same article, answering {@code POST /api/chat} with its top segment. No BM25, no answer logic, no framework: the least an app doing
 * this job can do. {@code java -cp <test classpath> dev.oner.bench.MinimalLangChain4jApp PORT}
 */
public final class MinimalLangChain4jApp {

    private MinimalLangChain4jApp() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("OPT_OUT_TRACKING", "true");
        int port = Integer.parseInt(args[0]);
        String text;
        try (InputStream in = MinimalLangChain4jApp.class.getResourceAsStream("/article/extraction-oner.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        var store = new InMemoryEmbeddingStore<TextSegment>();
        EmbeddingStoreIngestor.builder()
                .documentSplitter(DocumentSplitters.recursive(300, 0))
                .embeddingModel(model)
                .embeddingStore(store)
                .build()
                .ingest(Document.from(text));
        ContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(1)
                .build();

        var json = new ObjectMapper();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/api/chat", exchange -> {
            try (exchange) {
                String message =
                        json.readTree(exchange.getRequestBody()).get("message").asText();
                List<Content> top = retriever.retrieve(Query.from(message));
                byte[] body = json.writeValueAsBytes(Map.of(
                        "answer", top.isEmpty() ? "" : top.get(0).textSegment().text()));
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }
}
