package com.careeragent.auth;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdministratorPolicyTest {

    @Test
    void namedAdministratorsAreTheOnlyOnesInEveryEnvironment() {
        for (boolean production : new boolean[] {false, true}) {
            AdministratorPolicy policy = AdministratorPolicy.of(List.of(" Ada@Example.com", "", "grace@example.com "),
                    production);
            assertThat(policy.admits("ada@example.com")).isTrue();
            assertThat(policy.admits("GRACE@example.COM")).isTrue();
            assertThat(policy.admits("mallory@example.com")).isFalse();
            assertThat(policy.admits("")).isFalse();
            assertThat(policy.startupWarning()).isEmpty();
        }
    }

    @Test
    void withoutNamesADevelopmentInstallIsAOnePersonInstallWhereEveryoneIsAdministrator() {
        AdministratorPolicy policy = AdministratorPolicy.of(List.of(), false);
        assertThat(policy.admits("anyone@example.com")).isTrue();
        assertThat(policy.startupWarning()).isEmpty();
    }

    @Test
    void withoutNamesAProductionInstallHasNoAdministratorAndSaysHowToNameThem() {
        AdministratorPolicy policy = AdministratorPolicy.of(List.of(" "), true);
        assertThat(policy.admits("anyone@example.com")).isFalse();
        assertThat(policy.startupWarning()).hasValueSatisfying(warning -> assertThat(warning)
                .contains("nobody can change the board watchlist").contains("CAREER_AGENT_ADMIN_EMAILS="));
    }
}
