package dev.oner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oner.chunking.ChunkingProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.validation.annotation.Validated;

class SettingsValidationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(SettingsValidation.class, ChunkingSettings.class);

    @EnableConfigurationProperties(ChunkingProperties.class)
    static class ChunkingSettings {}

    @Test
    void aSettingThatBreaksItsConstraintStopsTheStartAndIsNamed() {
        // when: a setting is given a value its record's constraint refuses (the pattern must not be blank)
        context.withPropertyValues("oner.chunking.fragment-start= ").run(started -> {
            // then: the start fails with Boot's binding error naming the setting
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(BindValidationException.class)
                    .hasMessageContaining("oner.chunking.fragment-start");
        });
    }

    @Test
    void validSettingsBindAsGiven() {
        context.withPropertyValues("oner.chunking.fragment-start=[a-z]")
                .run(started -> assertThat(
                                started.getBean(ChunkingProperties.class).fragmentStart())
                        .isEqualTo("[a-z]"));
    }

    @Test
    void noSettingsRecordAsksBootForAValidatorOfItsOwn() {
        // given: every settings record of the app
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        var records = scanner.findCandidateComponents(OnerApplication.class.getPackageName());

        // then: there are some, and none carries @Validated, which would make Boot build a validator factory for it
        assertThat(records).hasSizeGreaterThan(10);
        assertThat(records)
                .allSatisfy(record -> assertThat(
                                Class.forName(record.getBeanClassName()).isAnnotationPresent(Validated.class))
                        .as(record.getBeanClassName())
                        .isFalse());
    }
}
