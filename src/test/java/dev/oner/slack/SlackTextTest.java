package dev.oner.slack;

import static org.assertj.core.api.Assertions.assertThat;

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
    void should_name_conversations_from_team_channel_and_thread_with_allowed_characters_only() {
        assertThat(SlackText.threadConversation("T1", "C2", "1700000000.000100"))
                .isEqualTo("slack-T1-C2-1700000000.000100");
        assertThat(SlackText.directConversation("T1", "D9")).isEqualTo("slack-T1-D9");
        assertThat(SlackText.commandConversation("T1", "C2", "U3")).isEqualTo("slack-T1-C2-U3");
        assertThat(SlackText.threadConversation(null, "C2/x y", "1.2"))
                .isEqualTo("slack-C2_x_y-1.2")
                .matches("[A-Za-z0-9:._-]+");
    }
}
