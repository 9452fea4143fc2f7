package com.careeragent.skills;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillLookupTest {

    private final SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            k8s          | Kubernetes
            K8S          | Kubernetes
            js           | JavaScript
            golang       | Go
            go           | Go
            postgres     | PostgreSQL
            nodejs       | Node.js
            node.js      | Node.js
            Node JS      | Node.js
            NODE.JS      | Node.js
            ts           | TypeScript
            py           | Python
            ML           | Machine Learning
            gcp          | Google Cloud
            React.js     | React
            ReactJS      | React
            C Sharp      | C#
            c#           | C#
            c++          | C++
            .net         | .NET
            dotnet       | .NET
            ci/cd        | CI/CD
            CI-CD        | CI/CD
            cicd         | CI/CD
            vue          | Vue.js
            vuejs        | Vue.js
            next.js      | Next.js
            '  Typescript '  | TypeScript
            dev ops      | DevOps
            amazon web services | AWS
            sklearn      | scikit-learn
            Scikit Learn | scikit-learn
            rest api     | REST APIs
            excel        | Excel
            r            | R
            english      | English
            react native | React Native
            """)
    void findsByNameOrAlias(String input, String expected) {
        assertThat(taxonomy.canonical(input)).contains(expected);
    }

    @Test
    void unknownAndBlankNamesAreEmpty() {
        assertThat(taxonomy.find("senior")).isEmpty();
        assertThat(taxonomy.find("")).isEmpty();
        assertThat(taxonomy.find(null)).isEmpty();
        assertThat(taxonomy.find("net")).isEmpty();
    }

    @Test
    void tagsBecomeCanonicalNamesAndUnknownTagsAreDropped() {
        assertThat(taxonomy.fromTags(List.of("golang", "Typescript ", "dev ops", "senior", "digital nomad", "k8s",
                "golang", "react native", "customer support", "e-commerce")))
                .containsExactly("Go", "TypeScript", "DevOps", "Kubernetes", "React Native", "Customer Support", "E-commerce");
    }

    @Test
    void relatedIsSymmetric() {
        assertThat(taxonomy.areRelated("PostgreSQL", "SQL")).isTrue();
        assertThat(taxonomy.areRelated("SQL", "postgres")).isTrue();
        assertThat(taxonomy.areRelated("React", "JavaScript")).isTrue();
        assertThat(taxonomy.areRelated("JavaScript", "TypeScript")).isTrue();
        assertThat(taxonomy.areRelated("Spring Boot", "Java")).isTrue();
        assertThat(taxonomy.areRelated("Django", "Python")).isTrue();
        assertThat(taxonomy.areRelated("Kubernetes", "Docker")).isTrue();
        assertThat(taxonomy.areRelated("AWS", "Cloud Computing")).isTrue();
        assertThat(taxonomy.areRelated("MySQL", "SQL")).isTrue();
        assertThat(taxonomy.areRelated("Excel", "Kubernetes")).isFalse();
        assertThat(taxonomy.relatedTo("no such skill")).isEmpty();
    }
}
