package dev.oner.api;

import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import dev.oner.conversation.Conversation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = ApiDocs.CHAT)
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ChatController {

    private final ChatService chats;

    ChatController(ChatService chats) {
        this.chats = chats;
    }

    @Operation(
            summary = "Ask a question",
            description = "Answers from the article with cited sentences, or says the article does not answer"
                    + " (answered=false, no citations). Send the reply's conversationId to ask a follow-up.")
    @PostMapping(path = "/chat", consumes = MediaType.APPLICATION_JSON_VALUE)
    ChatReply chat(@Valid @RequestBody ChatRequest request) {
        return chats.ask(request.conversationId(), request.message());
    }

    @Operation(summary = "A conversation's turns", description = "Every turn still remembered, oldest first.")
    @GetMapping("/conversations/{conversationId}")
    Conversation conversation(@PathVariable String conversationId) {
        return chats.conversation(conversationId);
    }
}
