package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.careeragent.matching.TaxonomyVocabulary;
import com.careeragent.skills.SkillTaxonomy;

class StackSkillsTest {

    private final SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
    private final SkillDictionary skills = TaxonomyVocabulary.of(taxonomy);
    private final StackSkills stack = StackSkills.loadDefault();

    @Test
    void everyListedFrameworkIsASkillOfTheTaxonomyByItsCanonicalName() {
        assertThat(StackSkills.listedFrameworks()).isNotEmpty().allSatisfy(name ->
                assertThat(taxonomy.canonical(name)).as(name).contains(name));
    }

    @Test
    void languagesAndFrameworksAreStackSkillsToolsAndPracticesAreNot() {
        assertThat(skills.extract("Python, Go, TypeScript, React, Ruby on Rails, Spring Boot, PyTorch"))
                .allSatisfy(name -> assertThat(stack.isStack(skills, skills.idOf(name))).as(name).isTrue());
        assertThat(skills.extract("Docker, Kubernetes, PostgreSQL, Agile, REST APIs, Webpack, Microservices"))
                .allSatisfy(name -> assertThat(stack.isStack(skills, skills.idOf(name))).as(name).isFalse());
    }
}
