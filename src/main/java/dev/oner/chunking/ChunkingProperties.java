package dev.oner.chunking;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the article is cut into sentences.
 *
 * @param fragmentStart a split piece whose beginning matches this regular expression is joined to the sentence
 *     before it: a real sentence does not start in lower case or with a bracket or a joining punctuation mark, nor,
 *     in news style, with a figure (the model ends a sentence at "Jan." in a dateline's "Jan. 14")
 */
@ConfigurationProperties("oner.chunking")
public record ChunkingProperties(
        @NotBlank @DefaultValue("[\\p{Ll}\\d(\\[,;:\u2014\u2013-]")
        String fragmentStart) {}
