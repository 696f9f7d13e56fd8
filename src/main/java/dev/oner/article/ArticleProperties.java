package dev.oner.article;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the article comes from and which of its lines are not article text.
 *
 * @param location the source file, one paragraph per line
 * @param dropLines regular expressions; a line matching any of them entirely is left out. The defaults drop
 *     section labels that link elsewhere ("RELATED: ...", "NEXT: ..."), lines with no sentence-final
 *     punctuation, which in a news article are image captions and headings, captions that credit a photo
 *     ("Photo: ...", "... (Photo: Agency)") and calls to sign up for a newsletter.
 */
@ConfigurationProperties("oner.article")
record ArticleProperties(
        @NotNull @DefaultValue("classpath:article/extraction-oner.txt")
        Resource location,

        @NotNull
        @DefaultValue({
            "\\p{Lu}[\\p{Lu} ]+:\\s.*",
            ".*[^.!?\"'\u201d\u2019)]",
            "(?i)(photo|image|picture|pictured|caption|credit|illustration|video|watch|listen|read more|see also)s?:.*",
            "(?i).*\\((photo|image|picture|credit|illustration)s?\\b[^)]*\\)",
            "(?i)(sign up|subscribe)\\b.*\\b(newsletter|inbox|updates|alerts)\\b.*"
        })
        List<String> dropLines) {}
