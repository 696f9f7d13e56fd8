package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oner.TemporaryIndexCache;
import dev.oner.conversation.ChatReply;
import dev.oner.conversation.ChatService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Another article through {@code oner.article.location}: the bot answers from it, abstains in words that name no
 * article, introduces it on the API by its own lead, and caches the index it had to build.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"oner.article.location=classpath:articles/cycling-race.txt", "oner.slack.enabled=false"})
class SwappedArticleTest {

    static final Path CACHE = TemporaryIndexCache.create("oner-index-test");

    @DynamicPropertySource
    static void cache(DynamicPropertyRegistry registry) {
        registry.add("oner.index.cache-dir", CACHE::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ChatService chats;

    @Autowired
    ObjectMapper json;

    @Test
    void should_answer_from_the_configured_article() {
        ChatReply reply = chats.ask(null, "Who won the Tour of Allendale?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Maria Castell");
        assertThat(reply.citations().get(0).text()).contains("won the Tour of Allendale");
    }

    @Test
    void should_take_a_name_the_lead_gives_as_what_every_later_sentence_is_about() {
        // The prize is in the last paragraph, which never names the race: the lead does.
        ChatReply reply = chats.ask(null, "How much does the winner of the Tour of Allendale receive?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("12,000 euros");
    }

    @Test
    void should_read_a_possessor_as_part_of_what_is_asked_not_the_thing_itself() {
        // Castell won the women's race; "the race adds a men's event next year": the question is about the event,
        // and "men" must hold too.
        ChatReply reply = chats.ask(null, "Who won the men's event?");

        assertThat(reply.answered()).isFalse();
    }

    @Test
    void should_read_the_number_of_something_as_a_question_about_that_thing_whatever_number_is_asked() {
        ChatReply reply = chats.ask(null, "What was the total number of riders?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("126 riders");
    }

    @Test
    void should_not_need_a_light_verb_in_the_sentence_that_counts_the_thing_asked_about() {
        // "taking part" is not in "drew 126 riders from 21 teams", but it says nothing the count does not.
        ChatReply reply = chats.ask(null, "How many teams were taking part?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("21 teams");
    }

    @Test
    void should_read_the_result_of_something_as_a_question_about_that_thing() {
        ChatReply reply = chats.ask(null, "What was the result of the Tour of Allendale?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("Maria Castell won");
    }

    @Test
    void should_abstain_when_the_article_speaks_of_what_is_picked_out_without_naming_it() {
        // "made by a local craftsman": the article knows there is one, not who.
        assertThat(chats.ask(null, "Which craftsman made the wooden bicycle?").answered())
                .isFalse();
        // A name the question does not give answers it; a name it gives asks for a description, not a name.
        assertThat(chats.ask(null, "Who is the race director?").answer()).contains("Paul Hennessy");
        assertThat(chats.ask(null, "Who is Paul Hennessy?").answer()).contains("Race director Paul Hennessy");
    }

    @Test
    void should_abstain_on_a_name_the_article_never_uses_but_not_on_a_typo_of_one_it_does() {
        // Every other word is the article's, and "Who won the Tour of ..." is its lead.
        assertThat(chats.ask(null, "Who won the Tour of Flanders?").answered()).isFalse();
        assertThat(chats.ask(null, "Who won the Tour of Allendle?").answer()).contains("Maria Castell won");
    }

    @Test
    void should_abstain_on_how_many_when_no_number_counts_the_thing_asked_about() {
        // The landslide sentence holds numbers (30 kilometres), none of landslides.
        assertThat(chats.ask(null, "How many landslides hit the route?").answered())
                .isFalse();
    }

    @Test
    void should_abstain_in_words_that_name_no_article_when_the_focus_is_not_in_it() {
        ChatReply reply = chats.ask(null, "Who is Castell's coach?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
        assertThat(reply.answer()).startsWith("The article doesn't say").doesNotContain("Extraction");
    }

    @Test
    void should_abstain_on_a_date_asked_about_a_named_person_in_words_the_article_never_uses() {
        ChatReply reply = chats.ask(null, "When was Ellie Marsh born?");

        assertThat(reply.answered()).isFalse();
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void should_abstain_on_a_count_of_riders_doing_what_the_article_never_mentions() {
        ChatReply counted = chats.ask(null, "How many riders were in the race?");
        ChatReply crashed = chats.ask(null, "How many riders crashed during the race?");

        assertThat(counted.answered()).isTrue();
        assertThat(counted.answer()).contains("126 riders");
        assertThat(crashed.answered()).isFalse();
    }

    @Test
    void should_abstain_when_the_article_never_mentions_the_kind_of_thing_asked_for() {
        ChatReply team = chats.ask(null, "Which team does Castell ride for?");
        ChatReply sponsor = chats.ask(null, "Which sponsor pays the Lumen-Vega team?");

        assertThat(team.answered()).isTrue();
        assertThat(team.answer()).contains("Lumen-Vega");
        assertThat(sponsor.answered()).isFalse();
        assertThat(sponsor.citations()).isEmpty();
    }

    @Test
    void should_answer_a_name_only_with_one_given_beside_the_thing_named() {
        ChatReply team = chats.ask(null, "What is the name of Castell's team?");
        ChatReply dog = chats.ask(null, "What is the name of Castell's dog?");

        assertThat(team.answered()).isTrue();
        assertThat(team.answer()).contains("Lumen-Vega team");
        assertThat(dog.answered()).isFalse();
        assertThat(dog.citations()).isEmpty();
    }

    @Test
    void should_count_part_of_a_whole_only_where_the_article_says_which_part() {
        ChatReply watched = chats.ask(null, "How many of the spectators watched the final stage?");
        ChatReply children = chats.ask(null, "How many of the spectators were children?");

        assertThat(watched.answered()).isTrue();
        assertThat(watched.answer()).contains("40,000 spectators");
        assertThat(children.answered()).isFalse();
        assertThat(children.citations()).isEmpty();
    }

    @Test
    void should_abstain_on_a_count_of_a_kind_the_article_never_names() {
        ChatReply riders = chats.ask(null, "How many riders did this year's edition draw?");
        ChatReply amateurs = chats.ask(null, "How many amateur riders did this year's edition draw?");

        assertThat(riders.answered()).isTrue();
        assertThat(riders.answer()).contains("126 riders");
        assertThat(amateurs.answered()).isFalse();
        assertThat(amateurs.citations()).isEmpty();
    }

    @Test
    void should_answer_a_distance_or_a_share_only_with_a_measure_of_that_kind() {
        ChatReply far = chats.ask(null, "How far is Harlow Pass from the finish?");
        ChatReply tall = chats.ask(null, "How tall is the wooden bicycle?");
        ChatReply share = chats.ask(null, "What share of the riders finished the race?");

        assertThat(far.answered()).isTrue();
        assertThat(far.answer()).contains("40 kilometres");
        assertThat(tall.answered()).isFalse();
        assertThat(share.answered()).isFalse();
    }

    @Test
    void should_read_what_a_which_question_asks_for_from_its_noun_not_from_its_object() {
        // The article never says "cyclist": the object is the asker's word, the team is what is asked.
        ChatReply reply = chats.ask(null, "Which team does the cyclist ride for?");

        assertThat(reply.answered()).isTrue();
        assertThat(reply.answer()).contains("rides for the Lumen-Vega team");
    }

    @Test
    void should_introduce_the_configured_article_by_its_own_lead_and_names() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/article"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        JsonNode article = json.readTree(response.body());
        assertThat(article.get("lead").asText()).startsWith("Maria Castell won the Tour of Allendale");
        assertThat(article.get("headline").asText()).isEmpty();
        assertThat(article.get("examples").toString())
                .contains("What is this article about?")
                .contains("What does the article say about Harlow Pass?")
                .doesNotContain("Extraction");
        assertThat(article.get("text").asText()).doesNotContain("RELATED:").doesNotContain("Photo:");
    }

    @Test
    void should_cache_the_index_it_built_for_the_next_start() throws Exception {
        try (var folders = Files.list(CACHE)) {
            assertThat(folders.filter(folder -> Files.exists(folder.resolve("manifest.json"))))
                    .hasSize(1);
        }
    }
}
