package com.careeragent.profile.parse;

import java.util.List;

import com.careeragent.profile.parse.ParsedCv.SkillMention;

/** Skills named in a CV (placeholder until the taxonomy lands). */
public final class SkillReader {

    List<SkillMention> read(List<Section> sections, String text) {
        return List.of();
    }
}
