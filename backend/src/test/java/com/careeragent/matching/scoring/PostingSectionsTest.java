package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingSectionsTest {

    @Test
    void headingsSplitRequiredNiceToHaveAndTheRest() {
        PostingSections.Split split = PostingSections.split("""
                We build payment rails.
                About Acme:
                Acme was founded in 2015 and uses Kafka everywhere.
                Must-haves (Min. qualifications): Python and PostgreSQL. Kubernetes is a plus.
                Nice to have: Terraform
                Benefits:
                Free lunch""", "Acme");

        assertThat(split.structured()).isTrue();
        assertThat(split.required()).contains("We build payment rails.").contains("Python and PostgreSQL.")
                .doesNotContain("Kubernetes").doesNotContain("Kafka");
        assertThat(split.preferred()).contains("Kubernetes is a plus.").contains("Terraform");
        assertThat(split.other()).contains("uses Kafka everywhere").contains("Free lunch");
    }

    @Test
    void withoutHeadingsEverythingIsRequired() {
        PostingSections.Split split = PostingSections.split("Senior Go engineer. 5+ years of Go. Remote.", null);
        assertThat(split.structured()).isFalse();
        assertThat(split.required()).contains("5+ years of Go.");
        assertThat(split.preferred()).isEmpty();
    }

    @Test
    void aHeadingThatEndsTheTextOrFollowsAnotherIsFine() {
        assertThat(PostingSections.split("Requirements:\nNice to have:", null).structured()).isTrue();
        assertThat(PostingSections.split("Requirements", null).required().strip()).isEmpty();
    }

    @Test
    void languagesAndYearsAreRead() {
        assertThat(SpokenLanguages.required("Support Specialist French Speaking",
                "Fluency in English & French is mandatory. Our German office is nice.")).containsExactly("French");
        assertThat(SpokenLanguages.required("Developer", "Somos especialistas em transforma\u00e7\u00e3o tecnol\u00f3gica, "
                + "unindo expertise humana com IA para criar solu\u00e7\u00f5es. Voc\u00ea vai atuar com o time de "
                + "desenvolvimento na garantia de uma entrega de qualidade para nosso cliente, com foco em APIs e "
                + "interfaces. Experi\u00eancia com React e Node.js \u00e9 necess\u00e1ria para o desafio da vaga em "
                + "nossa equipe, em um ambiente que n\u00e3o para de crescer."))
                .containsExactly("Portuguese");
        assertThat(ExperienceYears.minimum("Requirements: 3-5 years of Java; at least 2 years of SQL")).isEqualTo(3);
        assertThat(ExperienceYears.minimum("We have 30 years of history")).isNull();
    }
}
