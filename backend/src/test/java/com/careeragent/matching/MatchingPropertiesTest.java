package com.careeragent.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class MatchingPropertiesTest {

    @Test
    void theDefaultsProgramsUseAreTheOnesSpringBinds() {
        MatchingProperties bound = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("career-agent.matching", MatchingProperties.class);
        assertThat(bound).isEqualTo(MatchingProperties.defaults());
    }

    @Test
    void weightsAndTheMinimumAreConfigurable() {
        MatchingProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
                "career-agent.matching.min-score", "60", "career-agent.matching.weights.salary", "0")))
                .bindOrCreate("career-agent.matching", MatchingProperties.class);
        assertThat(bound.minScore()).isEqualTo(60);
        assertThat(bound.weights().salary()).isZero();
        assertThat(bound.weights().skills()).isEqualTo(35);
    }
}
