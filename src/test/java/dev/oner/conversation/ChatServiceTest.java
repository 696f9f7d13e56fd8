package dev.oner.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"oner.conversation.max-turns=2", "oner.conversation.max-history-turns=4"})
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
        assertThatThrownBy(() -> chats.conversation(Channel.WEB, "no-such-conversation"))
                .isInstanceOf(ConversationNotFoundException.class);
    }

    @Test
    void should_keep_every_turn_beyond_the_follow_up_window() {
        // given a window of two turns
        String id = chats.ask(null, "Who stars in Extraction?").conversationId();
        chats.ask(id, "Who directed Extraction?");
        chats.ask(id, "When did Extraction debut on Netflix?");

        // when
        Conversation conversation = chats.conversation(Channel.WEB, id);
        ChatReply followUp = chats.ask(id, "What character does he play?");

        // then every turn is kept, numbered
        assertThat(conversation.turns()).extracting(ChatReply::turn).containsExactly(1, 2, 3);
        ChatReply last = conversation.turns().get(2);
        assertThat(last.question()).isEqualTo("When did Extraction debut on Netflix?");
        assertThat(last.citations().get(0).text()).contains("April 2020");
        assertThat(chats.hasTurn(Channel.WEB, id, 1)).isTrue();
        assertThat(chats.hasTurn(Channel.WEB, id, 3)).isTrue();
        assertThat(chats.hasTurn(Channel.WEB, id, 5)).isFalse();
        assertThat(followUp.turn()).isEqualTo(4);
    }

    @Test
    void should_refuse_a_question_past_the_history_limit() {
        String id = chats.ask(null, "Who stars in Extraction?").conversationId();
        for (int i = 0; i < 3; i++) {
            chats.ask(id, "Who directed Extraction?");
        }

        assertThatThrownBy(() -> chats.ask(id, "Who directed Extraction?"))
                .isInstanceOf(ConversationFullException.class)
                .hasMessageContaining("limit of 4 questions")
                .hasMessageContaining("start a new one");
        assertThat(chats.conversation(Channel.WEB, id).turns()).hasSize(4);
    }

    @Test
    void should_delete_a_conversation_only_through_its_own_channel() {
        String id = chats.ask(null, "Who stars in Extraction?").conversationId();

        assertThatThrownBy(() -> chats.delete(Channel.SLACK, id)).isInstanceOf(ConversationNotFoundException.class);
        chats.delete(Channel.WEB, id);

        assertThatThrownBy(() -> chats.conversation(Channel.WEB, id)).isInstanceOf(ConversationNotFoundException.class);
        assertThatThrownBy(() -> chats.delete(Channel.WEB, id)).isInstanceOf(ConversationNotFoundException.class);
    }

    @Test
    void should_start_a_channels_conversation_under_the_id_it_picks() {
        ChatReply first = chats.askIn(Channel.SLACK, "slack-C1-1700000000.000100", "Who stars in Extraction?");
        ChatReply second = chats.askIn(Channel.SLACK, "slack-C1-1700000000.000100", "What character does he play?");

        assertThat(first.conversationId()).isEqualTo("slack-C1-1700000000.000100");
        assertThat(second.turn()).isEqualTo(2);
        assertThat(second.answer()).contains("Tyler Rake");
    }

    @Test
    void should_keep_a_web_conversation_out_of_slacks_reach() {
        // given
        String id = chats.ask(Channel.WEB, null, "Who stars in Extraction?").conversationId();

        // then
        assertThatThrownBy(() -> chats.conversation(Channel.SLACK, id))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThatThrownBy(() -> chats.requireConversation(Channel.SLACK, id))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(chats.hasTurn(Channel.SLACK, id, 1)).isFalse();
        assertThat(chats.hasTurn(Channel.WEB, id, 1)).isTrue();
    }

    @Test
    void should_keep_a_slack_conversation_out_of_the_webs_reach() {
        // given
        String id = "6c1d0b37-8a4e-3f0b-9a57-2f4c7d1e9b20";
        chats.askIn(Channel.SLACK, id, "Who stars in Extraction?");

        // when
        Throwable read = catchThrowable(() -> chats.conversation(Channel.WEB, id));
        Throwable extend = catchThrowable(() -> chats.ask(Channel.WEB, id, "What character does he play?"));

        // then: the same refusal as for an id never issued, and the Slack conversation is untouched
        assertThat(read).isInstanceOf(ConversationNotFoundException.class);
        assertThat(extend).isInstanceOf(ConversationNotFoundException.class);
        assertThat(read.getMessage()).isEqualTo(new ConversationNotFoundException(id).getMessage());
        assertThat(chats.hasTurn(Channel.WEB, id, 1)).isFalse();
        assertThat(chats.conversation(Channel.SLACK, id).turns()).hasSize(1);
    }

    @Test
    void should_report_the_answer_piece_by_piece_while_writing_it() {
        List<String> pieces = new ArrayList<>();

        ChatReply reply = chats.ask(Channel.WEB, null, "Who plays Tyler Rake?", pieces::add);

        assertThat(pieces).hasSizeGreaterThan(3);
        assertThat(String.join("", pieces)).isEqualTo(reply.answer());
    }
}
