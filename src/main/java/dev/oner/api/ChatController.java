package dev.oner.api;

import dev.oner.conversation.Channel;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import dev.oner.conversation.Conversation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
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
        return chats.ask(Channel.WEB, request.conversationId(), request.message());
    }

    @Operation(
            summary = "A conversation's turns",
            description = "Every turn still remembered, oldest first. Only conversations started through this API"
                    + " are found here.")
    @GetMapping("/conversations/{conversationId}")
    Conversation conversation(
            @PathVariable @Pattern(regexp = ConversationIds.PATTERN, message = ConversationIds.MESSAGE)
                    String conversationId) {
        return chats.conversation(Channel.WEB, conversationId);
    }

    @Operation(
            summary = "Delete a conversation",
            description = "Removes the conversation, every turn of it and the feedback on it. 204 when deleted, 404"
                    + " when unknown.")
    @DeleteMapping("/conversations/{conversationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(
            @PathVariable @Pattern(regexp = ConversationIds.PATTERN, message = ConversationIds.MESSAGE)
                    String conversationId) {
        chats.delete(Channel.WEB, conversationId);
    }
}
