package th.ita.report.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.ita.report.calendar.ThaiDates;
import th.ita.report.intake.IntakeLimits;

/** The settings as beans for the stages that need one part of them, and the clock every run reads. */
@Configuration
@EnableConfigurationProperties(ItaSettings.class)
public class SettingsConfiguration {

    @Bean
    public IntakeLimits intakeLimits(ItaSettings settings) {
        return settings.intake();
    }

    @Bean
    public Clock clock() {
        return Clock.system(ThaiDates.BANGKOK);
    }
}
