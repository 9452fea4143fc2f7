package com.careeragent.profile;

import java.time.Clock;

import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.careeragent.llm.LanguageModel;
import com.careeragent.profile.extract.CvTextExtractor;
import com.careeragent.profile.extract.UploadLimits;
import com.careeragent.profile.parse.CvParsing;
import com.careeragent.profile.parse.LlmAnswerReader;
import com.careeragent.profile.parse.OfflineCvParser;
import com.careeragent.profile.parse.SkillReader;
import com.careeragent.skills.SkillTaxonomy;
import tools.jackson.databind.json.JsonMapper;

/** The CV pipeline's parts are plain objects (tested without Spring); this wires them. */
@Configuration(proxyBeanMethods = false)
class ProfileConfig {

    @Bean
    CvTextExtractor cvTextExtractor() {
        return new CvTextExtractor(UploadLimits.DEFAULT);
    }

    @Bean
    CvParsing cvParsing(LanguageModel model, SkillTaxonomy taxonomy, CacheManager caches, JsonMapper json, Clock clock) {
        return new CvParsing(model, new OfflineCvParser(new SkillReader(taxonomy), clock),
                new LlmAnswerReader(taxonomy, json), caches, json);
    }
}
