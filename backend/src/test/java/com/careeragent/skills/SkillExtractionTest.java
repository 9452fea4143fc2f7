package com.careeragent.skills;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hard cases of skill extraction, on small texts written for these tests. */
class SkillExtractionTest {

    private final SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();

    @Test
    void keepsSymbolsThatArePartOfTheName() {
        assertThat(taxonomy.extract("We use C++, C# and .NET, plus Node.js, Vue.js and Next.js; CI/CD is key."))
                .containsExactly("C++", "C#", ".NET", "Node.js", "Vue.js", "Next.js", "CI/CD");
        assertThat(taxonomy.extract("Stack: ASP.NET Core, F#, Objective-C and scikit-learn."))
                .containsExactly("ASP.NET", "F#", "Objective-C", "scikit-learn");
    }

    @Test
    void toleratesOtherSpellingsOfDottedNames() {
        assertThat(taxonomy.extract("NodeJS or Node JS, ReactJS, VueJS, nextjs, CICD, ci-cd"))
                .containsExactly("Node.js", "React", "Vue.js", "Next.js", "CI/CD");
    }

    @Test
    void returnsSkillsInOrderOfFirstMentionWithoutDuplicates() {
        assertThat(taxonomy.extract("Kubernetes (k8s), Docker, then kubernetes again and PostgreSQL / postgres."))
                .containsExactly("Kubernetes", "Docker", "PostgreSQL");
    }

    @Test
    void goCountsOnlyWhenItIsTheLanguage() {
        assertThat(taxonomy.extract("Services in Go and Python.")).containsExactly("Go", "Python");
        assertThat(taxonomy.extract("Senior Go Engineer")).containsExactly("Go");
        assertThat(taxonomy.extract("Languages: Go, Rust, TypeScript")).containsExactly("Go", "Rust", "TypeScript");
        assertThat(taxonomy.extract("We write Golang microservices.")).contains("Go");
        assertThat(taxonomy.extract("Own our go to market plan. Work on the go. Ready to go! Let's go.")).doesNotContain("Go");
        assertThat(taxonomy.extract("Go to market with us. Go above and beyond with Python.")).doesNotContain("Go");
        assertThat(taxonomy.extract("Go-to-Market Strategy and Go Live support")).containsExactly("Go-to-Market Strategy");
    }

    @Test
    void rCountsOnlyInAListOrWithStatisticsWords() {
        assertThat(taxonomy.extract("Proficient in Python, R and SQL.")).containsExactly("Python", "R", "SQL");
        assertThat(taxonomy.extract("Statistical modelling in R programming")).contains("R");
        assertThat(taxonomy.extract("R&D budget. Contact John R. Smith. Rated R.")).doesNotContain("R");
    }

    @Test
    void cCountsOnlyNextToOtherLanguages() {
        assertThat(taxonomy.extract("Embedded work in C/C++ and Rust")).contains("C", "C++");
        assertThat(taxonomy.extract("Report to the C-level team. Series C funded. Vitamin C.")).doesNotContain("C");
    }

    @Test
    void javaDoesNotFireInsideJavaScript() {
        assertThat(taxonomy.extract("JavaScript and TypeScript developer")).containsExactly("JavaScript", "TypeScript");
        assertThat(taxonomy.extract("Java/JavaScript")).containsExactly("Java", "JavaScript");
    }

    @Test
    void reactNativeIsNotAlsoReact() {
        assertThat(taxonomy.extract("Mobile apps in React Native.")).containsExactly("React Native");
        assertThat(taxonomy.extract("Web in React with TypeScript, mobile in React Native"))
                .containsExactly("React", "TypeScript", "React Native");
    }

    @Test
    void everydayWordsAreNotSkills() {
        assertThat(taxonomy.extract("You will excel at communication and have excellent writing.")).isEmpty();
        assertThat(taxonomy.extract("Advanced Excel and Google Sheets skills.")).containsExactly("Excel", "Google Sheets");
        assertThat(taxonomy.extract("Respond swiftly, earn trust, react to feedback.")).isEmpty();
        assertThat(taxonomy.extract("Apps in Swift and SwiftUI, tools in Rust.")).containsExactly("Swift", "SwiftUI", "Rust");
        assertThat(taxonomy.extract("Join our spring 2026 cohort. Spring internship starts in May.")).doesNotContain("Spring");
        assertThat(taxonomy.extract("Java with Spring and Hibernate.")).containsExactly("Java", "Spring", "Hibernate");
        assertThat(taxonomy.extract("Take a rest, express yourself, work in an agile-minded team of node leaders."))
                .doesNotContain("REST APIs", "Express.js", "Node.js");
    }

    @Test
    void acronymsMatchInTheirUsualCase() {
        assertThat(taxonomy.extract("SQL, AWS, GCP and SEO; also sql and aws.")).containsExactly("SQL", "AWS", "Google Cloud", "SEO");
        assertThat(taxonomy.extract("Build REST APIs and a RESTful service; ML and AI experience."))
                .containsExactly("REST APIs", "Machine Learning", "Artificial Intelligence");
        assertThat(taxonomy.extract("Add 10 ml of water; an ai is a sloth.")).isEmpty();
    }

    @Test
    void spokenLanguagesNeedALanguageContext() {
        assertThat(taxonomy.extract("Fluent English and German (C1) required; French is a plus."))
                .containsExactly("English", "German");
        assertThat(taxonomy.extract("A German car maker with French and Spanish customers.")).isEmpty();
        assertThat(taxonomy.extract("Languages: English (native), Spanish (B2)")).containsExactly("English", "Spanish");
    }

    @Test
    void wordsInsideAddressesAndHyphenatedWordsAreNotMentions() {
        assertThat(taxonomy.extract("Write to recruiting@python.org or see https://example.com/jobs/react-developer"))
                .isEmpty();
        assertThat(taxonomy.extract("X-Ray imaging for a Python team using Ray")).containsExactly("Python", "Ray");
    }

    @Test
    void boilerplateOfJobAdsIsNotASkill() {
        assertThat(taxonomy.extract("As part of our recruitment process, our Talent Acquisition team will call you. "
                + "We offer a mentoring program and learning and development budget.")).isEmpty();
        assertThat(taxonomy.extract("Full-cycle recruiting and talent sourcing experience")).contains("Recruiting", "Talent Sourcing");
    }

    @Test
    void emptyAndNullTextGiveNothing() {
        assertThat(taxonomy.extract(null)).isEmpty();
        assertThat(taxonomy.extract("   ")).isEmpty();
        assertThat(taxonomy.extract("We are a friendly team in Berlin.")).isEmpty();
    }
}
