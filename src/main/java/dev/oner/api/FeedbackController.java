package dev.oner.api;

import dev.oner.conversation.Channel;
import dev.oner.feedback.Feedback;
import dev.oner.feedback.FeedbackService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = ApiDocs.FEEDBACK)
@RestController
class FeedbackController {

    private final FeedbackService feedback;

    FeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Operation(
            summary = "Rate an answer",
            description = "Stores a thumbs up or down on one turn of a conversation started through this API.")
    @PostMapping(
            path = "/api/feedback",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Feedback feedback(@Valid @RequestBody FeedbackRequest request) {
        return feedback.record(
                Channel.WEB, request.conversationId(), request.turn(), request.rating(), request.comment());
    }
}
