package com.careeragent.matching.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

class NdcgTest {

    @Test
    void perfectOrderIsOneAndAWorseOrderIsLess() {
        assertThat(Ndcg.at(10, List.of(3, 2, 1, 0))).isEqualTo(1.0);
        // DCG of [0,3] = 7/log2(3) = 4.4165; ideal [3,0] = 7
        assertThat(Ndcg.at(10, List.of(0, 3))).isCloseTo(7 / (Math.log(3) / Math.log(2)) / 7, offset(1e-12));
        assertThat(Ndcg.at(1, List.of(1, 3))).isCloseTo(1.0 / 7, offset(1e-12));
    }

    @Test
    void aRandomOrderScoresBetweenTheWorstAndTheBestOrder() {
        List<Integer> grades = List.of(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        double random = Ndcg.ofRandomOrder(10, grades, 2000, 1);
        // the one relevant posting lands in the top 10 ten times in twelve; its expected nDCG is about 0.38
        assertThat(random).isBetween(0.3, 0.45);
        assertThat(Ndcg.ofRandomOrder(10, List.of(1, 1, 1), 10, 1)).isEqualTo(1.0);
    }

    @Test
    void rankingByAnotherGradersKeysBreaksTiesAtRandom() {
        List<Integer> grades = List.of(3, 0, 2, 0);
        // the same grades as keys give the ideal order; keys that tie everything give a random order
        assertThat(Ndcg.ofRankingByKeys(10, grades, grades, 50, 1)).isEqualTo(1.0);
        assertThat(Ndcg.ofRankingByKeys(10, grades, List.of(1, 1, 1, 1), 2000, 1))
                .isCloseTo(Ndcg.ofRandomOrder(10, grades, 2000, 1), offset(0.02));
        // a key that puts the 2 above the 3
        assertThat(Ndcg.ofRankingByKeys(10, grades, List.of(2, 0, 3, 0), 50, 1)).isLessThan(1.0);
    }
}
