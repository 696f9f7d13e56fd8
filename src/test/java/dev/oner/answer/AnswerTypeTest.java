package dev.oner.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Where does the coach live?               | PLACE
            In which city was the race held?         | PLACE
            In which years was she runner-up?        | YEAR
            What year did it open?                   | YEAR
            How old was she when she started?        | AGE
            How old is she?                          | CURRENT_AGE
            How old is the painting?                 | THING_AGE
            How much sooner did they go home?        | DURATION
            Over what period did the thefts happen?  | DURATION
            share opposed?                           | PROPORTION
            share price?                             | MONEY
            study size?                              | COUNT
            What was the name of her son?            | NAME
            How much will the new trial cost?        | MONEY
            How much rain fell?                      | AMOUNT
            What time did the river peak?            | CLOCK
            What time of year do they nest?          | DATE
            What was the minimum age to be included? | ANY
            Who won?                                 | PERSON
            How far did she ride alone?              | DISTANCE
            How high is the pass?                    | DISTANCE
            What share of the riders were women?     | PROPORTION
            What percentage of patients improved?    | PROPORTION
            How many riders were there?              | COUNT
            When will the theatre reopen?            | FUTURE_DATE
            When did the theatre close?              | DATE
            Where did the crew finish in the final?  | POSITION
            Which edition of the festival was it?    | POSITION
            Where does the money come from?          | PLACE
            What did the bikes cost new?             | MONEY
            What was the total cost of the repairs?  | MONEY
            refit cost?                              | MONEY
            winners' prize money?                    | MONEY
            Does it cost anything to get in?         | ANY
            What was the deadline for the price?     | ANY
            fee rise %?                              | PROPORTION
            Was the rise above 20%?                  | ANY
            next talks when?                         | DATE
            trophy designer who?                     | PERSON
            Which member of the staff found it?      | PERSON
            new depot where?                         | PLACE
            On what date did the pub close?          | CALENDAR_DATE
            On what exact date will it reopen?       | CALENDAR_DATE
            What day was the comet first seen?       | CALENDAR_DATE
            What is the date of the next hearing?    | CALENDAR_DATE
            What's the exact date of the vote?       | CALENDAR_DATE
            On which day of the scare was it eased?  | DATE
            How heavy is the stone?                  | WEIGHT
            What did the cubs weigh at birth?        | WEIGHT
            What cash prize does the club receive?   | MONEY
            How much time did they spend there?      | DURATION
            How cold did it get?                     | TEMPERATURE
            What was the water temperature?          | TEMPERATURE
            What was the firm's turnover last year?  | MONEY
            What were the shares worth?              | MONEY
            What did its chief executive earn?       | MONEY
            """)
    void should_read_the_kind_of_answer_a_question_asks_for(String question, AnswerType type) {
        assertThat(AnswerType.expect(question).type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            She will spend the winter at home in Girona.          | true
            The team is based in Lyon.                            | true
            The race ended on Sunday in the rain.                 | false
            The stage was cut in April.                           | false
            """)
    void should_see_a_place_in_a_capitalised_name_after_a_preposition_but_not_a_date(String sentence, boolean held) {
        assertThat(AnswerType.expect("Where is it?").isHeldBy(sentence)).isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The 34-year-old Spaniard rides for a Dutch team.                | true
            Berg, 29, said she would ride again.                            | true
            She took up cycling at 24, after a knee injury.                 | false
            Tom Pyke, an 83-year-old retired postman, said it helped.       | true
            "For a frail 85-year-old, a noisy night is no small thing."     | false
            The dog, a six-year-old collie, found them.                     | true
            "It is the find of a generation," said Vale, 52.                | true
            The trial covered 20 wards, 52.                                 | false
            """)
    void should_take_a_present_age_from_how_news_gives_it_not_an_age_at_some_event(String sentence, boolean held) {
        assertThat(AnswerType.expect("How old is she?").isHeldBy(sentence)).isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The first cub appeared just before 2 a.m.            | first
            A fifth turbine is held in reserve.                  | fifth
            The team's 50th call-out came on February 9.         | 50th
            It was first approved in 2019.                       | ''
            Yields fell by a fifth of the usual crop.            | ''
            The 18th-century bridge carries the main road.       | ''
            """)
    void should_see_an_ordinal_that_picks_one_of_a_series_not_an_adverb_a_fraction_or_a_century(
            String sentence, String picked) {
        Matcher ordinal = AnswerType.PICKED_ORDINAL.matcher(sentence);

        assertThat(ordinal.find() ? ordinal.group(1) : "").isEqualTo(picked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The ram sold for 52,000 guineas on Wednesday.                | true
            A bottle costs 38 pounds.                                    | true
            Fares rose to 450 rupees.                                    | true
            The ram sold on Wednesday, the highest price for its breed.  | false
            The sale drew 1,480 sheep.                                   | false
            """)
    void should_read_a_sum_in_any_currency_named_after_its_figure(String sentence, boolean held) {
        assertThat(AnswerType.expect("How much did the ram sell for?").isHeldBy(sentence))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The festival, now in its 31st year, drew a record crowd.    | true
            It was the fourth trackway found in the county.             | true
            The festival drew 31 bands from four countries.             | false
            """)
    void should_take_a_position_in_a_series_from_an_ordinal(String sentence, boolean held) {
        assertThat(AnswerType.expect("Which edition of the festival was it?").isHeldBy(sentence))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The strike lasted five days.                                     | true
            It was closed for 58 years.                                      | true
            The 71-year-old airfield will lose its last airline.             | false
            It followed patients between April 2023 and September 2024.     | true
            The dig ran from early June until late August.                   | true
            It opened in April 2023 and closed in 2024.                      | false
            """)
    void should_take_a_length_of_time_or_a_span_between_two_dates_but_not_an_age(String sentence, boolean held) {
        assertThat(AnswerType.expect("How long did it last?").isHeldBy(sentence))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Callum died that winter aged nine.                       | true
            She learned to swim in her thirties.                     | true
            He signed at the age of twenty-three.                    | true
            She swam nine lengths that winter.                       | false
            """)
    void should_take_an_age_written_in_words(String sentence, boolean held) {
        assertThat(AnswerType.expect("How old was he when he died?").isHeldBy(sentence))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The stone weighs 1.2 kilograms.                     | true
            A fragment weighing 310g was found later.           | true
            The catch came to two tonnes.                       | true
            It was found within 36 hours.                       | false
            The stone was 20 centimetres across.                | false
            """)
    void should_take_a_weight_only_from_a_number_with_a_unit_of_mass(String sentence, boolean held) {
        assertThat(AnswerType.expect("How heavy is the stone?").isHeldBy(sentence))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nearly 30 millimetres of rain fell overnight.       | true
            The river rose by 2.4 metres.                       | true
            The stone was found within 36 hours of landing.     | false
            """)
    void should_take_an_amount_from_a_number_with_a_unit_but_not_a_length_of_time(String sentence, boolean held) {
        assertThat(AnswerType.expect("How much rain fell?").isHeldBy(sentence)).isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            She attacked about 40 kilometres from the finish.   | true
            The wall stands 5.8 metres high.                    | true
            It will come no closer than 180 million km to Earth. | true
            Shares fell 12 percent on Tuesday.                  | true
            The race drew 126 riders from 21 teams.             | false
            The climb took 20 minutes.                          | false
            """)
    void should_take_a_distance_or_a_height_only_from_a_number_with_a_unit_of_length(String sentence, boolean held) {
        assertThat(AnswerType.expect("How far is it?").isHeldBy(sentence)).isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            About 21.4 percent developed it.                    | true
            Nine out of ten were female.                        | true
            About two thirds of them are older models.          | true
            Half of the money comes from the state.             | true
            One household in six depends on fishing.            | true
            Two pupils in every five walk to school.            | true
            One of them was found in 2020.                      | false
            She finished third on the stage.                    | false
            87 of the 112 crew members voted for it.            | false
            """)
    void should_take_a_proportion_only_from_a_percentage_or_a_fraction(String sentence, boolean held) {
        assertThat(AnswerType.expect("What share of them?").isHeldBy(sentence)).isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It opened in April.                                 | true
            It opened in 1913.                                  | true
            The coin was minted in 1374.                        | true
            The ship sank in the 14th century.                  | true
            It will reopen next year.                           | true
            They met again this week.                           | true
            It opened two years later.                          | true
            We will publish our findings before Christmas.      | true
            Services resumed with the 1:30 p.m. sailing.        | true
            It has not been able to open for six years.         | false
            The work takes months.                              | false
            """)
    void should_take_a_date_from_a_point_in_time_not_a_length_of_time(String sentence, boolean held) {
        assertThat(AnswerType.expect("When did it open?").isHeldBy(sentence)).isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Building work is due to start in the summer of 2026.   | true
            The owners plan to reopen it next spring.              | true
            It closed in February 2019.                            | false
            It has not reopened since.                             | false
            """)
    void should_take_a_date_still_to_come_only_from_a_sentence_that_says_it_is_to_come(String sentence, boolean held) {
        assertThat(AnswerType.expect("When will it reopen?").isHeldBy(sentence)).isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It closed on October 2.                             | true
            The first sample tested positive on 5 March.        | true
            The comet was first seen on Tuesday.                | true
            The concert will be held next month.                | false
            The viaduct will reopen in March.                   | false
            """)
    void should_take_a_calendar_date_only_from_a_day_not_a_month(String sentence, boolean held) {
        assertThat(AnswerType.expect("On what date did it close?").isHeldBy(sentence))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The delay was due to a shortage of vessels.                     | true
            The felling is due to begin in September.                       | false
            The second phase is due to start in spring.                     | false
            """)
    void should_take_due_to_as_a_reason_but_not_as_a_plan(String sentence, boolean held) {
        assertThat(AnswerType.expect("Why was it delayed?").isHeldBy(sentence)).isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Each vote costs one pound.                                      | true
            Tickets cost a euro each.                                       | true
            The repairs cost 850,000 pounds.                                | true
            The fund paid for one new boat.                                 | false
            """)
    void should_take_a_sum_of_one_unit_written_in_words(String sentence, boolean held) {
        assertThat(AnswerType.expect("How much does a ticket cost?").isHeldBy(sentence))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The council approved a 212-million-pound extension.             | true
            It signed a 2.4 million-pound extension contract.               | true
            It set up a 1.5-million-pound compensation fund for shops.      | false
            The council approved a 12-kilometre extension.                  | false
            """)
    void should_take_a_sum_written_as_an_adjective_as_the_sum_of_the_noun_after_it(String sentence, boolean held) {
        assertThat(AnswerType.expect("How much will the extension cost?").isHeldBy(sentence))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The thieves broke in on the night of November 14.               | false
            The thieves broke in at about 2:40 a.m.                         | true
            The thieves broke in shortly after midnight.                    | true
            """)
    void should_not_take_the_questions_own_words_for_its_answer(String sentence, boolean held) {
        assertThat(AnswerType.expect("What time of night did the thieves break in?")
                        .isHeldBy(sentence))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Margaret Holloway, 58, the gallery's curator, said she cried.   | true
            The gallery's curator said she had almost given up hope.        | false
            """)
    void should_read_the_age_of_a_person_asked_about_as_the_one(String sentence, boolean held) {
        assertThat(AnswerType.expect("How old is the curator?").isHeldBy(sentence))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It formed around 4.56 billion years ago.            | true
            The rocks are 200 million years old.                | true
            The pub is 300 years old.                           | true
            It was found within 36 hours of landing.            | false
            """)
    void should_read_a_things_age_in_millions_or_billions_of_years(String sentence, boolean held) {
        assertThat(AnswerType.expect("How old is the rock?").isHeldBy(sentence)).isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            By midday it had reached 29 degrees.                | true
            Temperatures fell to minus 14 overnight.            | true
            The pipes froze when it fell below freezing.        | true
            It was 4C at dawn.                                  | true
            Flights leave from Gate 4 at dawn.                  | false
            The race drew 126 riders.                           | false
            The climb took 20 minutes.                          | false
            """)
    void should_take_a_temperature_only_from_degrees_or_a_temperature_below_zero(String sentence, boolean held) {
        assertThat(AnswerType.expect("How cold did it get?").isHeldBy(sentence)).isEqualTo(held);
    }
}
