package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void should_take_the_question_out_of_slack_markup() {
        assertThat(SlackText.question("<@U0BOT> How long is the   one-shot sequence?"))
                .isEqualTo("How long is the one-shot sequence?");
        assertThat(
                        SlackText.question(
                                "<@U0BOT|oner> <!here> Is <https://example.com/a|this article> &amp; <#C123|general> &lt;new&gt;?"))
                .isEqualTo("Is this article & general <new>?");
        assertThat(SlackText.question("see <https://example.com>")).isEqualTo("see https://example.com");
        assertThat(SlackText.question("<@U0BOT>")).isEmpty();
        assertThat(SlackText.question(null)).isEmpty();
    }

    @Test
    void should_escape_the_three_characters_mrkdwn_reserves() {
        assertThat(SlackText.escape("a < b & c > d")).isEqualTo("a &lt; b &amp; c &gt; d");
    }

    @Test
    void should_name_each_thread_dm_and_command_conversation_with_a_stable_uuid_that_hides_slacks_ids() {
        String thread = SlackText.threadConversation("T1", "C2", "1700000000.000100");

        assertThat(SlackText.threadConversation("T1", "C2", "1700000000.000100"))
                .isEqualTo(thread);
        assertThat(UUID.fromString(thread).toString()).isEqualTo(thread);
        assertThat(thread).doesNotContain("T1").doesNotContain("C2").doesNotContain("1700000000");
        assertThat(List.of(
                        thread,
                        SlackText.threadConversation("T1", "C2", "1700000000.000200"),
                        SlackText.directConversation("T1", "D9"),
                        SlackText.directConversation("T2", "D9"),
                        SlackText.commandConversation("T1", "C2", "U3")))
                .doesNotHaveDuplicates();
    }
}
