package dev.oner.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import dev.oner.index.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpResolverTest {

    private final FollowUpResolver resolver = new FollowUpResolver(People.none());

    @Test
    void should_read_a_chat_spelling_of_a_question_word_as_the_word() {
        assertThat(resolver.resolve("wen was the mayor elected", List.of())).isEqualTo("when was the mayor elected");
        assertThat(resolver.resolve("Hw many wat?", List.of())).isEqualTo("how many what?");
        // One letter from a question word, but words of their own.
        assertThat(resolver.resolve("Were the hens here when the hat fell?", List.of()))
                .isEqualTo("Were the hens here when the hat fell?");
    }

    @Test
    void should_read_he_as_the_person_who_answered_a_who_question() {
        var history = turn(
                "Who stars in Extraction?",
                "Extraction stars Chris Hemsworth as mercenary Tyler Rake, who is hired to rescue Ovi Mahajan Jr."
                        + " (Rudhrasksh Jaiswal) during a mission in Bangladesh. [1]");

        assertThat(resolver.resolve("What character does he play?", history))
                .isEqualTo("What character does Chris Hemsworth play?");
    }

    @Test
    void should_read_she_as_a_person_the_article_names_rather_than_a_place_named_first() {
        String biologist = "Marine biologist Helena Brito has led the count for eleven years.";
        People people = peopleIn(biologist);
        var history = turn(
                "Who leads the nest count?",
                "Volunteers on the island of Santa Lucia counted 1,214 nests. [1] " + biologist + " [2]");

        assertThat(new FollowUpResolver(people).resolve("How long has she done it?", history))
                .startsWith("How long has Helena Brito done");
        assertThat(resolver.resolve("How long has she done it?", history)).startsWith("How long has Santa Lucia");
    }

    @Test
    void should_read_she_as_a_person_the_article_calls_she_before_one_it_calls_he() {
        String chair = "\"We are asking for sense,\" said Derek Allsop, 64, who chairs the society; he was angry.";
        String gardener = "Margaret Pellow, 78, a gardener, said she had chained a can to the railings.";
        People people = peopleIn(chair, gardener);
        var history = turn("Who protested outside the office?", chair + " [1] " + gardener + " [2]");

        assertThat(new FollowUpResolver(people).resolve("How old is she?", history))
                .isEqualTo("How old is Margaret Pellow?");
        assertThat(new FollowUpResolver(people).resolve("How old is he?", history))
                .isEqualTo("How old is Derek Allsop?");
    }

    @Test
    void should_read_he_as_the_director_named_in_the_answer() {
        var history = turn(
                "Who directed Extraction?",
                "The Netflix movie Extraction includes a one-shot action sequence that runs 12 minutes in length, and"
                        + " director Sam Hargrave had to fight for it to be realized. [1]");

        assertThat(resolver.resolve("What did he have to fight for?", history))
                .isEqualTo("What did Sam Hargrave have to fight for?");
        assertThat(resolver.resolve("Where did he talk about his approach?", history))
                .isEqualTo("Where did Sam Hargrave talk about Sam Hargrave's approach?");
    }

    @Test
    void should_read_he_as_the_person_the_previous_question_was_about() {
        var history = turn(
                "What pressure did Hargrave face in post-production?",
                "Hargrave also stated that he continued to face pressure to \"cut it up\". [1]");

        assertThat(resolver.resolve("Did he give in?", history)).isEqualTo("Did Hargrave give in?");
    }

    @Test
    void should_read_she_only_as_one_of_the_articles_people_when_it_names_any() {
        String organiser = "\"We are sorry,\" said Morag Fennick, the union organiser.";
        People people = peopleIn(organiser);
        var council = turn("Who runs the ferries?", "Aldery Island Council has chartered two private boats. [1]");
        var died = turn("Did anyone die in the flood?", "One man died. [1]");

        assertThat(new FollowUpResolver(people).resolve("What does she want the company to do?", council))
                .isEqualTo("What does she want the company to do?");
        assertThat(new FollowUpResolver(people).resolve("How did he die?", died))
                .isEqualTo("How did he die?");
        assertThat(new FollowUpResolver(people).resolve("What do they want?", council))
                .isEqualTo("What do Aldery Island Council want?");
    }

    @Test
    void should_not_read_they_as_one_person() {
        String campaigner = "Leonie Bakshi, head of campaigns at the consumer group Fair Deal, said so.";
        String again = "Bakshi said the fires could have been avoided.";
        People people = peopleIn(campaigner, again);
        var fires = turn(
                "How many fires have there been?",
                "Leonie Bakshi, head of campaigns at the consumer group Fair Deal, said at least seven of the fires"
                        + " had happened. [1]");

        assertThat(new FollowUpResolver(people).resolve("Did any of them spread to houses?", fires))
                .isEqualTo("Did any of them spread to houses?");
        assertThat(new FollowUpResolver(people).resolve("What did she say?", fires))
                .isEqualTo("What did Leonie Bakshi say?");
    }

    @Test
    void should_read_he_as_the_person_a_who_is_question_named_and_resolve_beside_other_names() {
        String owner = "Tomasz Wilk, who rides a Kestrel Haul, said he was angry.";
        People people = peopleIn(owner);
        var history = turn("Who is Tomasz Wilk?", "Kestrel Haul owner Tomasz Wilk said he was angry. [1]");

        assertThat(new FollowUpResolver(people).resolve("How much did he pay for his bike?", history))
                .isEqualTo("How much did Tomasz Wilk pay for Tomasz Wilk's bike?");
        assertThat(new FollowUpResolver(people).resolve("What does he accuse Kestrel of?", history))
                .isEqualTo("What does Tomasz Wilk accuse Kestrel of?");
    }

    @Test
    void should_not_read_it_as_a_person() {
        String director = "The film's director Sam Hargrave had to fight for it.";
        People people = peopleIn(director);
        var history = turn("What did Sam Hargrave fight for?", director + " [1]");

        // then: "it" is what he fought for, so the question is about the previous one's topic, not about him
        assertThat(new FollowUpResolver(people).resolve("Was it worth it?", history))
                .isEqualTo("Was it worth it? Sam Hargrave fight for");
    }

    @Test
    void should_ask_about_the_previous_topic_when_it_has_no_subject_phrase_to_stand_for() {
        var history = turn(
                "How many homes and businesses lost power?",
                "About 41,000 homes and businesses lost power at the height of the storm. [1]");

        assertThat(new FollowUpResolver(People.of(new ArticleChunks(List.of())))
                        .resolve("How many were still without it by Tuesday?", history))
                .isEqualTo("How many were still without it by Tuesday? homes and businesses lost power");
    }

    @Test
    void should_read_it_as_the_thing_the_answer_named_when_the_question_asked_which_one() {
        var history = turn(
                "Which search dog found the missing students?",
                "The students were found by Bramble, a six-year-old collie. [1]");

        assertThat(resolver.resolve("How old is it?", history)).isEqualTo("How old is Bramble?");
    }

    @Test
    void should_read_it_as_a_subject_with_a_possessor() {
        var history = turn("When was Hallerby's flood wall finished?", "The wall was finished in 2009. [1]");

        assertThat(resolver.resolve("How much did it cost?", history))
                .isEqualTo("How much did Hallerby's flood wall cost?");
    }

    @Test
    void should_read_it_as_the_subject_of_the_previous_question() {
        var history = turn("How long is the oner?", "It runs 12 minutes in length. [1]");

        assertThat(resolver.resolve("Was it really filmed in a single shot?", history))
                .isEqualTo("Was the oner really filmed in a single shot?");
    }

    @Test
    void should_end_the_subject_before_a_verb() {
        var history = turn(
                "Was the one-shot action sequence filmed in a single shot?",
                "It wasn't literally filmed in a single shot. [1]");

        assertThat(resolver.resolve("What does it include?", history))
                .isEqualTo("What does the one-shot action sequence include?");
    }

    @Test
    void should_take_the_noun_phrase_before_the_verb_that_follows_does_or_did() {
        var history = turn(
                "What does the one-shot sequence consist of?",
                "The sequence is comprised of multiple takes stitched together. [1]");

        assertThat(resolver.resolve("Was it actually filmed in a single shot?", history))
                .isEqualTo("Was the one-shot sequence actually filmed in a single shot?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What does the one-shot sequence consist of?          | the one-shot sequence
            What did the stunt team rehearse?                    | the stunt team
            How did the camera crew film it?                     | the camera crew
            What did the director say about the studio?          | the director
            What did the crew use for the car chase?             | the crew
            What did the stunt team need?                        | the stunt team
            What did the editor do?                              | the editor
            What does the oner require?                          | the oner
            How long is the one-shot action sequence?            | the one-shot action sequence
            Was the one-shot action sequence filmed in one take? | the one-shot action sequence
            Who approved the twelve-minute take?                 | the twelve-minute take
            """)
    void should_read_it_as_the_previous_questions_subject_noun_phrase(String previous, String subject) {
        var history = turn(previous, "An answer. [1]");

        assertThat(resolver.resolve("Why does it matter?", history)).isEqualTo("Why does " + subject + " matter?");
    }

    @Test
    void should_leave_standalone_questions_and_first_questions_alone() {
        var history = turn("Who stars in Extraction?", "Extraction stars Chris Hemsworth. [1]");

        assertThat(resolver.resolve("What did Hargrave say he wanted?", history))
                .isEqualTo("What did Hargrave say he wanted?");
        assertThat(resolver.resolve("What character does he play?", List.of()))
                .isEqualTo("What character does he play?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What share of patients fell ill before the changes? | and after?       | What share of patients fell ill after the changes?
            How many nests were found on the north beach?       | and on the south beach? | How many nests were found on the south beach?
            How old is Anna Berg?                               | what about Ruth Hale?   | How old is Ruth Hale?
            Who won the race?                                   | and the sprint?         | Who won the race the sprint?
            """)
    void should_ask_the_previous_question_again_with_what_a_fragment_changes(
            String previous, String fragment, String resolved) {
        var history = turn(previous, "Something the article says. [1]");

        assertThat(resolver.resolve(fragment, history)).isEqualTo(resolved);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How many jobs has the firm promised to create? | Over what period?         | Over what period? jobs has the firm promised to create
            Is the library open on Sundays?                | why not?                  | why not? the library open on Sundays
            How many pairs of plover bred last spring?     | And how many in 2021?     | And how many in 2021? pairs of plover bred last spring
            Is this the first time the town has flooded?   | When were the other ones? | When were the other ones? this the first time the town has flooded
            """)
    void should_ask_a_question_that_says_nothing_of_its_own_about_what_the_previous_one_asked_about(
            String previous, String followUp, String resolved) {
        var history = turn(previous, "Something the article says. [1]");

        assertThat(resolver.resolve(followUp, history)).isEqualTo(resolved);
        // A question with a word of its own is about that.
        assertThat(resolver.resolve("How many people gave?", history)).isEqualTo("How many people gave?");
    }

    @Test
    void should_leave_a_follow_up_that_is_a_question_of_its_own_to_the_pronoun_rules() {
        var history = turn("Who stars in Extraction?", "Extraction stars Chris Hemsworth. [1]");

        assertThat(resolver.resolve("And who directed it?", history)).isEqualTo("And who directed Extraction?");
    }

    @Test
    void should_skip_an_abstention_when_looking_for_a_name() {
        List<ChatMessage> history = List.of(
                UserMessage.from("Who composed the music?"),
                AiMessage.builder()
                        .text("The article doesn't say. It covers Netflix's Extraction.")
                        .attributes(Map.of(FollowUpResolver.ANSWERED, false))
                        .build());

        assertThat(resolver.resolve("What else did he do?", history)).isEqualTo("What else did he do?");
    }

    @Test
    void should_work_as_a_langchain4j_query_transformer() {
        var history = turn("Who stars in Extraction?", "Extraction stars Chris Hemsworth. [1]");
        var query = Query.from("What character does he play?", Metadata.from(UserMessage.from("x"), "id", history));

        assertThat(resolver.transform(query))
                .extracting(Query::text)
                .containsExactly("What character does Chris Hemsworth play?");
    }

    // The people an article of these sentences, one paragraph, names.
    private static People peopleIn(String... sentences) {
        List<SentenceChunk> chunks = new ArrayList<>();
        int start = 0;
        for (String sentence : sentences) {
            chunks.add(new SentenceChunk(chunks.size(), 1, start, start + sentence.length(), sentence));
            start += sentence.length() + 1;
        }
        return People.of(new ArticleChunks(chunks));
    }

    private static List<ChatMessage> turn(String question, String answer) {
        return List.of(UserMessage.from(question), AiMessage.from(answer));
    }
}
