package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.careeragent.skills.SkillTaxonomy;

/** The shipped role families (resources/matching/role-families.json) and the classification rules. */
class RoleFamiliesTest {

    private final RoleFamilies families = RoleFamilies.loadDefault();

    private String of(String title, String... titleSkills) {
        return families.id(families.ofTitle(TitleWords.of(title, null), List.of(titleSkills)));
    }

    private int family(String id) {
        for (int i = 0; i < families.size(); i++) {
            if (families.id(i).equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void titlesAreClassifiedByTheirWords() {
        assertThat(of("Sr. Front-End Developer")).isEqualTo("frontend");
        assertThat(of("Backend Engineer (Go)")).isEqualTo("backend");
        assertThat(of("Senior Full-Stack Engineer, Internal Applications")).isEqualTo("fullstack");
        assertThat(of("Account Executive - France")).isEqualTo("sales");
        assertThat(of("WFH Customer Service Representative")).isEqualTo("support");
        assertThat(of("Associate Medical Director")).isEqualTo("healthcare");
        assertThat(of("Product Owner")).isEqualTo("product");
        assertThat(of("Deployment Strategist")).isNull();
    }

    @Test
    void theMostSpecificCueWins() {
        assertThat(of("Engineering Manager")).isEqualTo("engineering-management");
        assertThat(of("Data Engineer")).isEqualTo("data-engineering");
        assertThat(of("UX Engineer")).isEqualTo("frontend");
        assertThat(of("UX Designer")).isEqualTo("design");
        assertThat(of("Sales Engineer")).isEqualTo("sales");
        assertThat(of("Business Administration student")).isEqualTo("operations");
        assertThat(of("Data Entry Assistant")).isEqualTo("operations");
        assertThat(of("Head of Data")).isNull();
    }

    @Test
    void aGenericTitleTakesTheFamilyOfTheSkillsItNames() {
        assertThat(of("Software Engineer")).isEqualTo("software");
        assertThat(of("Software Engineer", "Elixir")).isEqualTo("backend");
        assertThat(of("SDE I", "iOS")).isEqualTo("mobile");
        assertThat(of("Developer .NET and React", ".NET", "React")).isEqualTo("fullstack");
        assertThat(of("Frontend Developer", "React", "Java")).isEqualTo("frontend");
    }

    @Test
    void aGenericPostingIsReadFromItsRequiredSkills() {
        int mobile = families.ofPosting(TitleWords.of("Software Engineer", null), List.of(),
                List.of("iOS", "Swift", "Unit Testing", "Go"));
        assertThat(families.id(mobile)).isEqualTo("mobile");
        int sales = families.ofPosting(TitleWords.of("Account Executive", null), List.of(),
                List.of("Python", "Django", "Java"));
        assertThat(families.id(sales)).isEqualTo("sales");
    }

    @Test
    void frontAndBackEndSkillsMakeFullStackOnlyWhenBothWeigh() {
        assertThat(families.id(families.ofSkills(List.of("React", "TypeScript", "HTML", "CSS", "Python", "Node.js"), 2)))
                .isEqualTo("frontend");
        assertThat(families.id(families.ofSkills(List.of("React", "TypeScript", "HTML", "Python", "Node.js"), 2)))
                .isEqualTo("fullstack");
        assertThat(families.ofSkills(List.of("Excel", "Communication"), 2)).isEqualTo(RoleFamilies.UNKNOWN);
    }

    @Test
    void closenessIsSymmetricAndZeroAcrossUnrelatedProfessions() {
        int frontend = family("frontend");
        int fullstack = family("fullstack");
        assertThat(families.closeness(frontend, frontend)).isEqualTo(1.0);
        assertThat(families.closeness(frontend, fullstack)).isEqualTo(0.75);
        assertThat(families.closeness(fullstack, frontend)).isEqualTo(0.75);
        assertThat(families.closeness(family("software"), family("backend"))).isEqualTo(0.6);
        assertThat(families.closeness(frontend, family("qa"))).isEqualTo(0.35);
        assertThat(families.closeness(frontend, family("sales"))).isZero();
        assertThat(families.closeness(family("finance"), family("healthcare"))).isZero();
    }

    @Test
    void everyCueIsATitleAndEverySkillIsACanonicalTaxonomySkill() {
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        for (int i = 0; i < families.size(); i++) {
            RoleFamilies.Family family = families.family(i);
            assertThat(family.name()).isNotBlank();
            family.titles().forEach(cue -> assertThat(TitleWords.of(cue, null)).as(cue).isNotEmpty());
            // a cue keeps its meaning once normalised: none of its words is silently dropped as a seniority
            // word ("data entry" works only because "data entry" is a title phrase)
            for (String cue : family.titles()) {
                for (String word : cue.split(" ")) {
                    if (TitleWords.SENIORITY.contains(word)) {
                        assertThat(TitleWords.of(cue, null)).as(cue)
                                .isNotEqualTo(TitleWords.of(cue.replace(word, ""), null));
                    }
                }
            }
            family.skills().forEach(skill -> assertThat(taxonomy.canonical(skill)).as(skill).contains(skill));
        }
    }
}
