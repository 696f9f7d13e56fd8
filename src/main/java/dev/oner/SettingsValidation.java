package dev.oner;

import jakarta.validation.Validator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks every settings record of this app ({@code @ConfigurationProperties} under {@code dev.oner}) against its
 * Bean Validation constraints with the one validator the web layer uses too.
 *
 * <p>Why not {@code @Validated} on each record, Spring Boot's usual way: for each such class Boot builds a Hibernate
 * Validator factory of its own ({@code ConfigurationPropertiesBinder#getJsr303Validator}; spring-boot#50597, declined
 * as designed), twelve factories here, which made binding the settings about a sixth of the start's main thread
 * (README, "Start-up"). Boot applies a bean named {@code configurationPropertiesValidator} to every class it binds,
 * so the records carry their constraints without {@code @Validated} and this bean validates them, each once, as the
 * root of its binding (nested records through {@code @Valid}, as before). A setting that breaks a constraint still
 * stops the start with Boot's message naming it.
 */
@Configuration(proxyBeanMethods = false)
public class SettingsValidation {

    // Static and infrastructure, as Boot's own validators are: it is created with the binder, before other beans.
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static org.springframework.validation.Validator configurationPropertiesValidator(
            ObjectProvider<Validator> validator) {
        return new OwnSettings(validator);
    }

    private record OwnSettings(ObjectProvider<Validator> validator)
            implements org.springframework.validation.Validator {

        @Override
        public boolean supports(Class<?> type) {
            return type.isAnnotationPresent(ConfigurationProperties.class)
                    && type.getPackageName().startsWith(OnerApplication.class.getPackageName());
        }

        @Override
        public void validate(Object target, Errors errors) {
            new SpringValidatorAdapter(validator.getObject()).validate(target, errors);
        }
    }
}
