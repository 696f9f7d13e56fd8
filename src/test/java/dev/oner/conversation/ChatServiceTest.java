package dev.oner.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "oner.conversation.max-turns=2")
class ChatServiceTest {

    @Autowired
    ChatService chats;

    @Test
    void should_resolve_a_follow_up_from_the_conversation_and_show_the_standalone_question() {
        ChatReply first = chats.ask(null, "Who stars in Extraction?");

        ChatReply followUp = chats.ask(first.conversationId(), "What character does he play?");

        assertThat(followUp.conversationId()).isEqualTo(first.conversationId());
        assertThat(followUp.turn()).isEqualTo(2);
        assertThat(followUp.question()).isEqualTo("What character does he play?");
        assertThat(followUp.effectiveQuestion()).isEqualTo("What character does Chris Hemsworth play?");
        assertThat(followUp.answer()).contains("Tyler Rake");
    }

    @Test
    void should_resolve_he_to_the_director_after_asking_who_directed() {
        ChatReply first = chats.ask(null, "Who directed Extraction?");

        ChatReply followUp = chats.ask(first.conversationId(), "What did he have to fight for?");

        assertThat(followUp.effectiveQuestion()).isEqualTo("What did Sam Hargrave have to fight for?");
        assertThat(followUp.answered()).isTrue();
        assertThat(followUp.citations().get(0).text()).containsAnyOf("fight for it", "fought for it", "push hard for");
    }

    @Test
    void should_refuse_an_unknown_conversation() {
        assertThatThrownBy(() -> chats.ask("no-such-conversation", "Who directed Extraction?"))
                .isInstanceOf(ConversationNotFoundException.class)
                .hasMessageContaining("no-such-conversation");
        assertThatThrownBy(() -> chats.conversation("no-such-conversation"))
                .isInstanceOf(ConversationNotFoundException.class);
    }

    @Test
    void should_remember_the_last_turns_within_the_window_and_keep_numbering() {
        String id = chats.ask(null, "Who directed Extraction?").conversationId();
        chats.ask(id, "Who plays Tyler Rake?");
        chats.ask(id, "When did Extraction debut on Netflix?");

        Conversation conversation = chats.conversation(id);

        assertThat(conversation.turns()).extracting(ChatReply::turn).containsExactly(2, 3);
        ChatReply last = conversation.turns().get(1);
        assertThat(last.question()).isEqualTo("When did Extraction debut on Netflix?");
        assertThat(last.citations()).isNotEmpty();
        assertThat(last.citations().get(0).text()).contains("April 2020");
        assertThat(chats.hasTurn(id, 3)).isTrue();
        assertThat(chats.hasTurn(id, 4)).isFalse();
    }

    @Test
    void should_start_a_channels_conversation_under_the_id_it_picks() {
        ChatReply first = chats.askIn("slack-C1-1700000000.000100", "Who stars in Extraction?");
        ChatReply second = chats.askIn("slack-C1-1700000000.000100", "What character does he play?");

        assertThat(first.conversationId()).isEqualTo("slack-C1-1700000000.000100");
        assertThat(second.turn()).isEqualTo(2);
        assertThat(second.answer()).contains("Tyler Rake");
    }

    @Test
    void should_report_the_answer_piece_by_piece_while_writing_it() {
        List<String> pieces = new ArrayList<>();

        ChatReply reply = chats.ask(null, "Who plays Tyler Rake?", pieces::add);

        assertThat(pieces).hasSizeGreaterThan(3);
        assertThat(String.join("", pieces)).isEqualTo(reply.answer());
    }
}
