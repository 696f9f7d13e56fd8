package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A longer article than the cycling race, with several sums of money in one paragraph: what a "how much" question
 * asks the amount of must be in the sentence that gives it.
 */
@SpringBootTest(
        properties = {"oner.article.location=classpath:articles/library-reopening.txt", "oner.slack.enabled=false"})
@ContextConfiguration(initializers = TemporaryIndexCache.Initializer.class)
class LibraryArticleTest {

    @Autowired
    ChatService chats;

    @Test
    void should_answer_how_much_only_from_a_sentence_about_the_thing_measured() {
        ChatReply grant = chats.ask(null, "How much did the state cultural grant contribute?");

        assertThat(grant.answered()).isTrue();
        assertThat(grant.answer()).contains("$12 million state cultural grant");
    }

    @Test
    void should_read_a_superlative_as_which_value_is_asked_for_not_what_it_is_about() {
        // The article never says "largest": it asks which grant, and the article names one.
        ChatReply reply = chats.ask(null, "What was the largest grant?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("state cultural grant");
    }

    @Test
    void should_answer_how_much_was_given_whatever_verb_the_question_uses_for_it() {
        // The article says "raised by the Friends of ...", never "donate".
        ChatReply reply = chats.ask(null, "How much did the Friends of Carrow Falls Library donate?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("$4.6 million raised by the Friends of Carrow Falls Library");
    }

    @Test
    void should_give_the_reason_the_next_sentence_states_for_what_the_first_says() {
        ChatReply reply = chats.ask(null, "Why did the budget go up?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("blamed on higher steel prices");
        assertThat(reply.citations()).hasSize(2);
        assertThat(reply.citations().get(0).text()).startsWith("The project was originally budgeted");
    }

    @Test
    void should_take_thousands_of_something_as_a_count_of_it() {
        ChatReply reply = chats.ask(null, "How many residents queued?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Thousands of residents queued");
    }

    @Test
    void should_abstain_when_the_sums_the_article_gives_are_of_other_things() {
        // The café is in the article, and so are the renovation's sums, but never the café's.
        ChatReply cafe = chats.ask(null, "How much did the café cost to fit out?");

        assertThat(cafe.answered()).isFalse();
        assertThat(cafe.citations()).isEmpty();
    }

    @Test
    void should_abstain_on_what_it_cost_to_make_something_the_article_gives_no_sum_for() {
        // "It cost to build X" measures X, as "X cost" does.
        ChatReply terrace = chats.ask(null, "How much did it cost to build the rooftop terrace?");

        assertThat(terrace.answered()).isFalse();
    }

    @Test
    void should_abstain_on_what_a_thing_the_article_never_mentions_costs() {
        ChatReply locker = chats.ask(null, "How much will a locker cost at the new library?");

        assertThat(locker.answered()).isFalse();
    }

    @Test
    void should_not_take_a_date_for_the_name_that_says_which_one() {
        // The sentence counts the visitors "on March 8" but never says which ones.
        ChatReply visitors = chats.ask(null, "Which visitors were counted at closing time?");

        assertThat(visitors.answered()).isFalse();
    }

    @Test
    void should_take_the_sentence_that_holds_a_figure_the_question_gives_as_about_it_whatever_word_it_uses() {
        // The article never says "charity"; the figure pins the sentence down as a name would.
        ChatReply charity = chats.ask(null, "Which charity raised $4.6 million?");
        ChatReply unpinned = chats.ask(null, "Which charity raised money for the library?");

        assertThat(charity.answered()).isTrue();
        assertThat(charity.answer()).contains("$4.6 million raised by the Friends of Carrow Falls Library");
        assertThat(unpinned.answered()).isFalse();
    }

    @Test
    void should_not_take_the_sentence_before_for_what_a_question_asks_of_when_it_uses_words_the_article_never_does() {
        // The article never says how many books the library holds.
        ChatReply reply = chats.ask(null, "How many books does the central library hold now?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }
}
