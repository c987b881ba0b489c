package th.ita.report.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.ita.report.intake.IntakeLimits;

/** The settings as beans for the stages that need one part of them, and the clock every run reads. */
@Configuration
@EnableConfigurationProperties(ItaSettings.class)
public class SettingsConfiguration {

    /** Thai offices keep Bangkok time whatever the server's own zone is. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Bangkok");

    @Bean
    public IntakeLimits intakeLimits(ItaSettings settings) {
        return settings.intake();
    }

    @Bean
    public Clock clock() {
        return Clock.system(ZONE);
    }
}
