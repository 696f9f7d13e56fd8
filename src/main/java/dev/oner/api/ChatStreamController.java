package dev.oner.api;

import dev.oner.conversation.Channel;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import dev.oner.conversation.ConversationFullException;
import dev.oner.conversation.ConversationNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The chat endpoint as Server-Sent Events, for pages that show the answer while it is written. Events:
 * {@code delta} ({@code {"text": "..."}}, the next piece of the answer), then exactly one of {@code reply} (the
 * complete reply, as {@code POST /api/chat} returns it) or {@code error} (a problem detail).
 */
@Tag(name = ApiDocs.CHAT)
@RestController
class ChatStreamController {

    static final String DELTA = "delta";
    static final String REPLY = "reply";
    static final String ERROR = "error";

    private static final String STREAM_EXAMPLE = """
            event:delta
            data:{"text":"The "}

            event:delta
            data:{"text":"bridge "}

            : ... one delta per word ...

            event:delta
            data:{"text":"[1]"}

            event:reply
            data:{"conversationId":"a258cfb7-65f2-4df4-ba8c-a281e47b1828","turn":1,\
            "question":"How long is the bridge?","effectiveQuestion":"How long is the bridge?",\
            "answer":"The bridge runs 1.2 kilometres across the bay, and engineer Ana Ruiz had to fight for it to\
             be built. [1]","answered":true,\
            "mode":"extractive","citations":[{"n":1,"text":"The bridge runs 1.2 kilometres across the bay, and\
             engineer Ana Ruiz had to fight for it to be built.","paragraph":1,"start":0,"end":101,"score":0.956}]}

            """;

    private static final Logger log = LoggerFactory.getLogger(ChatStreamController.class);

    private final ChatService chats;
    private final Executor executor;
    private final ApiProperties properties;

    ChatStreamController(ChatService chats, Executor applicationTaskExecutor, ApiProperties properties) {
        this.chats = chats;
        this.executor = applicationTaskExecutor;
        this.properties = properties;
    }

    @Operation(
            summary = "Ask a question, streamed",
            description = "Same request as POST /api/chat. Answers as Server-Sent Events: 'delta' events with"
                    + " {\"text\": ...} carry the answer as it is written; then one 'reply' event carries the"
                    + " complete reply object of POST /api/chat, or one 'error' event carries a problem detail."
                    + " Invalid requests and unknown conversations are refused before the stream starts, as in"
                    + " POST /api/chat.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "A text/event-stream of 'delta' events, then one 'reply' or one 'error' event",
                        content =
                                @Content(
                                        mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                                        schema = @Schema(type = "string"),
                                        examples =
                                                @ExampleObject(
                                                        name = "answer",
                                                        summary = "An answer citing one sentence",
                                                        value = STREAM_EXAMPLE))),
                @ApiResponse(
                        responseCode = "400",
                        description = "Invalid request, such as an empty message or one over 2,000 characters",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        schema = @Schema(implementation = ProblemDetail.class))),
                @ApiResponse(
                        responseCode = "404",
                        description = "Unknown or expired conversationId",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        schema = @Schema(implementation = ProblemDetail.class))),
                @ApiResponse(
                        responseCode = "503",
                        description = "The conversation store is unreachable; nothing was recorded, retry later",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        schema = @Schema(implementation = ProblemDetail.class)))
            })
    @PostMapping(
            path = "/api/chat/stream",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@Valid @RequestBody ChatRequest request) {
        if (request.conversationId() != null) {
            chats.requireConversation(Channel.WEB, request.conversationId());
        }
        var emitter = new SseEmitter(properties.streamTimeout().toMillis());
        executor.execute(() -> answer(request, emitter));
        return emitter;
    }

    private void answer(ChatRequest request, SseEmitter emitter) {
        try {
            ChatReply reply = chats.ask(
                    Channel.WEB,
                    request.conversationId(),
                    request.message(),
                    piece -> send(emitter, DELTA, Map.of("text", piece)));
            send(emitter, REPLY, reply);
            emitter.complete();
        } catch (ConversationNotFoundException e) {
            sendError(emitter, Problems.unknownConversation(e));
        } catch (ConversationFullException e) {
            sendError(emitter, Problems.conversationFull(e));
        } catch (DataAccessException e) {
            log.warn(
                    "Conversation storage unavailable: {}",
                    e.getMostSpecificCause().toString());
            sendError(emitter, Problems.storageUnavailable());
        } catch (ClientGoneException e) {
            log.debug("Stream client went away before the answer was complete");
        } catch (RuntimeException e) {
            log.error("Unexpected error answering a streamed request", e);
            sendError(emitter, Problems.internalError());
        }
    }

    private static void sendError(SseEmitter emitter, ProblemDetail problem) {
        try {
            send(emitter, ERROR, problem);
            emitter.complete();
        } catch (ClientGoneException e) {
            log.debug("Stream client went away before the error was sent");
        }
    }

    private static void send(SseEmitter emitter, String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            throw new ClientGoneException(e);
        }
    }

    private static final class ClientGoneException extends RuntimeException {
        ClientGoneException(Exception cause) {
            super(cause);
        }
    }
}
