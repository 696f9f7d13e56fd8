package dev.oner.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.chunking.ArticleChunks;
import dev.oner.chunking.SentenceChunk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleTest {

    private static People of(String... sentences) {
        List<SentenceChunk> chunks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < sentences.length; i++) {
            chunks.add(new SentenceChunk(i, 1, start, start + sentences[i].length(), sentences[i]));
            start += sentences[i].length() + 1;
        }
        return People.of(new ArticleChunks(chunks));
    }

    @Test
    void should_find_people_by_title_speech_or_surname_and_leave_places_and_organisations() {
        People people = of(
                "Volunteers on the island of Santa Lucia counted 1,214 nests, the Atlantic Turtle Trust said.",
                "Marine biologist Helena Brito has led the count for eleven years.",
                "Brito said drones helped, as did Britain's Ellie Marsh.",
                "\"It works,\" said Tomas Reis, a researcher in Porto Alegre.",
                "Lumen-Vega's sports director, Karin Olsen, called it a ride.",
                "Defending champion Anouk de Vries of the Netherlands was third.",
                "It builds on a fight in the movie Atomic Blonde.");

        assertThat(people.names())
                .containsExactly("Helena Brito", "Ellie Marsh", "Tomas Reis", "Karin Olsen", "Anouk de Vries");
        assertThat(people.isPerson("Brito")).isTrue();
        assertThat(people.isPerson("de Vries")).isTrue();
        assertThat(people.isPerson("Santa Lucia")).isFalse();
        assertThat(people.isPerson("Atlantic Turtle Trust")).isFalse();
        assertThat(people.isPerson("Atomic Blonde")).isFalse();
        assertThat(people.mentionedIn("The count is led by Brito.")).isTrue();
        assertThat(people.mentionedIn("Santa Lucia counted 1,214 nests.")).isFalse();
    }

    @Test
    void should_find_people_by_an_appositive_only_a_person_takes() {
        People people = of(
                "Emil Achterberg, a cinema projectionist who had come as a refugee, bought it.",
                "Gerald Pyke, 83, was treated there.",
                "Kestrel Mobility, a company which sells bikes, is recalling them.",
                "Port Aldery, a town of 9,000, was cut off.",
                "Holm Island, 2,300 people in all, waited.");

        assertThat(people.names()).containsExactly("Emil Achterberg", "Gerald Pyke");
    }

    @Test
    void should_not_take_an_organisation_that_speaks_for_a_person_when_its_name_ends_in_a_common_noun() {
        People people = of(
                "Residents can drink their tap water again, the council said.",
                "\"We are sorry,\" said Brenmoor Water, the regional utility.",
                "The regulator Harrowby District Council said it would look into it.",
                "\"People trust the supply,\" said Gwen Tallis, the company's director.",
                "Head coach Fenella Marsh said the marsh course was hard.",
                "Elaine Marsh, 52, said she had boiled water for a week.");

        // The cost: a surname the article also writes as a word ("the marsh course") needs an age or a "who".
        assertThat(people.names()).containsExactly("Gwen Tallis", "Elaine Marsh");
    }

    @Test
    void should_not_take_a_name_the_article_writes_after_the_for_a_person() {
        People people = of(
                "A crew from Larchmere won the Kestrel Cup on Sunday.",
                "The coxswain, Tomasz Riordan, 58, was steering in his sixth Kestrel Cup final.",
                "He said the final was the hardest of his life.");

        // "his sixth Kestrel Cup" reads like "biologist Anna Berg", but a person is never "the Kestrel Cup".
        assertThat(people.names()).containsExactly("Tomasz Riordan");
        assertThat(people.isPerson("Kestrel Cup")).isFalse();
    }

    @Test
    void should_leave_titles_datelines_and_names_that_open_with_a_common_noun_out() {
        People people = of(
                "KILBRACK, March 14 - A distillery has won the top prize.",
                "Mayor Gwen Thackeray said the village was proud.",
                "The mayor opened the shed.",
                "Its Skerrow Tide gin is flavoured with kelp, and its Skerrow Tide was tasted blind.",
                "Swimmers have tried to cross the lake, and Lake Orvane is cold; across Lake Orvane, Orvane is deep.");

        assertThat(people.names()).containsExactly("Gwen Thackeray");
        assertThat(people.isPerson("Mayor Gwen Thackeray")).isTrue();
    }

    @Test
    void should_take_the_start_of_a_place_or_organisations_name_for_a_place() {
        People people = of(
                "The last flight will leave Tullagh Moor in June.",
                "Tullagh Moor Airport said the airport would stay open.",
                "Its manager, Declan Fitzmaurice, 58, said staff would be moved.");

        assertThat(people.names()).containsExactly("Declan Fitzmaurice");
    }

    @Test
    void should_not_take_a_longer_name_that_starts_with_a_surname_for_the_person() {
        People people = of(
                "Hallam's Bakeries, a family-run chain, launched a scheme.",
                "\"We need bakers,\" said founder Joan Hallam, 71.",
                "Hallam's worry is the age of her staff.",
                "The shop on Hallam Street closed.");

        assertThat(people.names()).containsExactly("Joan Hallam");
        assertThat(people.mentionedIn("Hallam's Bakeries, a family-run chain, launched a scheme."))
                .isFalse();
        assertThat(people.mentionedIn("The shop on Hallam Street closed.")).isFalse();
        assertThat(people.mentionedIn("Hallam's worry is the age of her staff."))
                .isTrue();
        assertThat(people.mentionedIn("\"We need bakers,\" said founder Joan Hallam, 71."))
                .isTrue();
    }

    @Test
    void should_know_no_one_when_told_so() {
        assertThat(People.none().isEmpty()).isTrue();
        assertThat(People.none().isPerson("Helena Brito")).isFalse();
    }

    @Test
    void should_tell_a_persons_gender_by_the_pronouns_after_their_name_or_a_title() {
        People people = of(
                "\"We are asking for sense,\" said Derek Allsop, 64, a retired postman who has chaired the society.",
                "He said his members would not give up.",
                "Margaret Pellow, 78, chained a watering can to the railings, and she said her plot was dying.",
                "Gordon Ashby, 40, a farmer, lost a barn.",
                "The crowd cheered Mrs Imogen Thackeray, 52, the mayor.");

        assertThat(people.genderOf("Derek Allsop")).isEqualTo(People.Gender.MASCULINE);
        assertThat(people.genderOf("Pellow")).isEqualTo(People.Gender.FEMININE);
        assertThat(people.genderOf("Thackeray")).isEqualTo(People.Gender.FEMININE);
        assertThat(people.genderOf("Gordon Ashby")).isEqualTo(People.Gender.UNKNOWN);
        assertThat(people.genderOf("Santa Lucia")).isEqualTo(People.Gender.UNKNOWN);
        assertThat(People.Gender.MASCULINE.agreesWith(People.Gender.ofPronoun("his")))
                .isTrue();
        assertThat(People.Gender.MASCULINE.agreesWith(People.Gender.ofPronoun("She")))
                .isFalse();
        assertThat(People.Gender.UNKNOWN.agreesWith(People.Gender.ofPronoun("her")))
                .isTrue();
    }
}
