package com.careeragent.matching;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

import com.careeragent.matching.index.IndexMaintenance;
import com.careeragent.matching.index.OpenJobIndex;
import com.careeragent.matching.index.OpenJobsReader;
import com.careeragent.matching.refresh.MatchRefresher;
import com.careeragent.matching.refresh.ProfileCandidates;
import com.careeragent.matching.scoring.MatchCompiler;
import com.careeragent.matching.scoring.MatchScorer;
import com.careeragent.matching.scoring.SkillDictionary;
import com.careeragent.matching.tracking.MatchStore;
import com.careeragent.skills.SkillTaxonomy;

/** Wires the scorer, the in-memory index and the refresher; loads the index once the app is up. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MatchingConfiguration.class);

    @Bean
    SkillDictionary skillDictionary(SkillTaxonomy taxonomy) {
        return TaxonomyVocabulary.of(taxonomy);
    }

    @Bean
    MatchCompiler matchCompiler(SkillDictionary skills) {
        return new MatchCompiler(skills, Clock.systemUTC());
    }

    @Bean
    MatchScorer matchScorer(MatchCompiler compiler, MatchingProperties properties) {
        return new MatchScorer(compiler, properties);
    }

    @Bean
    OpenJobIndex openJobIndex(MatchScorer scorer) {
        return new OpenJobIndex(scorer);
    }

    @Bean
    IndexMaintenance indexMaintenance(OpenJobsReader reader, MatchCompiler compiler, OpenJobIndex index) {
        return new IndexMaintenance(reader, compiler, index);
    }

    @Bean
    MatchRefresher matchRefresher(ProfileCandidates candidates, OpenJobIndex index, IndexMaintenance maintenance,
            OpenJobsReader reader, MatchScorer scorer, MatchStore store, MatchingProperties properties) {
        return new MatchRefresher(candidates, index, maintenance, reader, scorer, store, properties);
    }

    @Bean
    IndexLoader indexLoader(IndexMaintenance maintenance) {
        return new IndexLoader(maintenance);
    }

    /** Loads the index in the background at start-up and rebuilds it now and then to heal any drift. */
    static final class IndexLoader {

        private final IndexMaintenance maintenance;

        IndexLoader(IndexMaintenance maintenance) {
            this.maintenance = maintenance;
        }

        @EventListener(ApplicationReadyEvent.class)
        void loadAtStartUp() {
            Thread.ofVirtual().name("matching-index-load").start(this::rebuild);
        }

        @Scheduled(initialDelayString = "${career-agent.matching.index-rebuild-interval:PT6H}",
                fixedDelayString = "${career-agent.matching.index-rebuild-interval:PT6H}")
        void rebuild() {
            try {
                maintenance.rebuild();
            } catch (RuntimeException e) {
                log.error("Loading the matching index failed", e);
            }
        }
    }
}
