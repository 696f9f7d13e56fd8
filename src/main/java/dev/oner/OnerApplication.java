package dev.oner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OnerApplication {

    public static void main(String[] args) {
        OfflineMode.enforce();
        SpringApplication.run(OnerApplication.class, args);
    }
}
