package dev.oner;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Data flows one way: article, chunks, index, retrieval, answer, conversation, then the channels. No stage knows a
 * later one, and no channel knows another.
 */
@AnalyzeClasses(
        packages = "dev.oner",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotAheadOfTimeGenerated.class})
class ArchitectureTest {

    /**
     * The bean definitions Spring AOT writes at package time (README, "Start-up") wire every stage by design; they
     * are generated, not the code this test is about.
     */
    static final class NotAheadOfTimeGenerated implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("__");
        }
    }

    @ArchTest
    static final ArchRule stages_depend_only_on_earlier_stages = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("dev.oner..")
            .withOptionalLayers(true)
            .layer("Article")
            .definedBy("dev.oner.article..")
            .layer("Chunking")
            .definedBy("dev.oner.chunking..")
            .layer("Index")
            .definedBy("dev.oner.index..")
            .layer("Retrieval")
            .definedBy("dev.oner.retrieval..")
            .layer("Answer")
            .definedBy("dev.oner.answer..")
            .layer("Conversation")
            .definedBy("dev.oner.conversation..")
            .layer("Feedback")
            .definedBy("dev.oner.feedback..")
            .layer("Api")
            .definedBy("dev.oner.api..")
            .layer("Web")
            .definedBy("dev.oner.web..")
            .layer("Slack")
            .definedBy("dev.oner.slack..")
            .layer("Ops")
            .definedBy("dev.oner.ops..")
            .whereLayer("Api")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Web")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Slack")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Ops")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Feedback")
            .mayOnlyBeAccessedByLayers("Api", "Web", "Slack")
            .whereLayer("Conversation")
            .mayOnlyBeAccessedByLayers("Feedback", "Api", "Web", "Slack")
            .whereLayer("Answer")
            .mayOnlyBeAccessedByLayers("Conversation", "Feedback", "Api", "Web", "Slack", "Ops")
            .whereLayer("Retrieval")
            .mayOnlyBeAccessedByLayers("Answer", "Conversation", "Api", "Web", "Slack", "Ops")
            .whereLayer("Index")
            .mayOnlyBeAccessedByLayers("Retrieval", "Answer")
            .whereLayer("Chunking")
            .mayOnlyBeAccessedByLayers("Index", "Retrieval", "Answer", "Conversation", "Ops")
            .whereLayer("Article")
            .mayOnlyBeAccessedByLayers(
                    "Chunking", "Index", "Retrieval", "Answer", "Conversation", "Api", "Web", "Slack");
}
