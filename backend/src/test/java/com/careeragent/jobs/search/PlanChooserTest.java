package com.careeragent.jobs.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanChooserTest {

    private static final long OPEN_JOBS = 875_000;

    @Test
    void commonMatchesKeepWalking() {
        // 60 of 1,000 probed rows match (6%): ~2,000 more rows find 100
        var plan = PlanChooser.choose(100, 1_000, 60, OPEN_JOBS, 0.06 * 1_000_000, PlanChooser.WALK_ROW_US);
        assertThat(plan).isInstanceOf(PlanChooser.WalkFurther.class);
        assertThat(((PlanChooser.WalkFurther) plan).budget()).isBetween(2_000, 5_000);
    }

    @Test
    void rareMatchesComeFromTheIndex() {
        var plan = PlanChooser.choose(100, 1_000, 0, OPEN_JOBS, 300, PlanChooser.WALK_ROW_US);
        assertThat(plan).isInstanceOf(PlanChooser.AllMatches.class);
    }

    @Test
    void inBetweenARecentWindowOfTheIndexIsCheapest() {
        // 1% of jobs match a single word: the GIN list is small, walking 10k rows is not
        var plan = PlanChooser.choose(100, 1_000, 10, OPEN_JOBS, 0.01 * 1_000_000, PlanChooser.WALK_ROW_US);
        assertThat(plan).isInstanceOf(PlanChooser.Window.class);
    }

    @Test
    void aFilteredWalkOverIndexEntriesIsCheapEnoughToGoFurther() {
        var plan = PlanChooser.choose(100, 1_000, 10, OPEN_JOBS, 0.2 * 1_000_000, PlanChooser.FILTERED_WALK_ROW_US);
        assertThat(plan).isInstanceOf(PlanChooser.WalkFurther.class);
    }

    @Test
    void estimatesAreRoundedToTwoSignificantDigits() {
        assertThat(TotalEstimator.round(243_817)).isEqualTo(240_000);
        assertThat(TotalEstimator.round(96)).isEqualTo(96);
        assertThat(TotalEstimator.round(1_049)).isEqualTo(1_000);
    }
}
