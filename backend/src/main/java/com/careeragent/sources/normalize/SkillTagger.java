package com.careeragent.sources.normalize;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.careeragent.skills.SkillTaxonomy;

/** Canonical skill names for a posting: its tags mapped through the taxonomy, plus skills named in title and text. */
@Component
public class SkillTagger {

    private final SkillTaxonomy taxonomy;

    public SkillTagger(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public List<String> skills(List<String> tags, String title, String text) {
        Set<String> skills = new LinkedHashSet<>(taxonomy.fromTags(tags));
        skills.addAll(taxonomy.extract(title));
        if (text != null) {
            skills.addAll(taxonomy.extract(text));
        }
        return List.copyOf(skills);
    }
}
