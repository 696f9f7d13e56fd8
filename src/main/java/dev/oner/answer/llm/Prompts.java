package dev.oner.answer.llm;

import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ResourceLoader;

/**
 * The prompt files under {@code prompts/} (in the jar at {@code classpath:prompts/}), as LangChain4j templates, and
 * a way to tell whether a text repeats them.
 *
 * @param system the rules the model answers by; variable {@code noAnswer}
 * @param answer the passages and the question; variables {@code passages}, {@code question}
 * @param followUp the follow-up rewrite, as LangChain4j's {@code CompressingQueryTransformer} fills it; variables
 *     {@code chatMemory}, {@code query}
 * @param shingles every run of {@link #SHINGLE} consecutive words of the prompts' own text, lower-cased
 */
record Prompts(PromptTemplate system, PromptTemplate answer, PromptTemplate followUp, Set<String> shingles) {

    /**
     * A reply that repeats this many consecutive words of a prompt is repeating the prompt: shorter runs ("the
     * question is about the") occur in ordinary answers, six in a row of instructions do not.
     */
    static final int SHINGLE = 6;

    static final String LOCATION = "classpath:prompts/";

    static Prompts load(ResourceLoader resources) {
        String system = read(resources, "system.txt");
        String answer = read(resources, "answer-with-passages.txt");
        String followUp = read(resources, "follow-up-rewrite.txt");
        Set<String> shingles = new HashSet<>();
        for (String text : List.of(system, answer, followUp)) {
            shingles.addAll(shingles(text.replaceAll("\\{\\{\\w+}}", " | ")));
        }
        return new Prompts(
                PromptTemplate.from(system), PromptTemplate.from(answer), PromptTemplate.from(followUp), shingles);
    }

    /** Whether the text repeats a run of the prompts' own words. */
    boolean leaksInto(String text) {
        for (String shingle : shingles(text)) {
            if (shingles.contains(shingle)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> shingles(String text) {
        Set<String> shingles = new HashSet<>();
        // A variable's place ("|") and a line break between rules both end a run: words across them never follow
        // each other in the prompt as the model reads it.
        for (String part : text.toLowerCase(Locale.ROOT).split("[|\\n]")) {
            String[] words = Arrays.stream(part.split("[^\\p{L}\\p{N}']+"))
                    .filter(word -> !word.isEmpty())
                    .toArray(String[]::new);
            for (int i = 0; i + SHINGLE <= words.length; i++) {
                shingles.add(String.join(" ", Arrays.copyOfRange(words, i, i + SHINGLE)));
            }
        }
        return shingles;
    }

    private static String read(ResourceLoader resources, String name) {
        try (var in = resources.getResource(LOCATION + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Prompt file " + LOCATION + name + " cannot be read", e);
        }
    }
}
