package com.careeragent.sources.normalize;

import java.util.List;

import org.springframework.stereotype.Component;

/** Canonical skill names for a posting: from its tags and from its title and description text. */
@Component
public class SkillTagger {

    public List<String> skills(List<String> tags, String title, String text) {
        return List.of();
    }
}
