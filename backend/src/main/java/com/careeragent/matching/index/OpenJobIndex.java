package com.careeragent.matching.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import com.careeragent.matching.scoring.CompiledCandidate;
import com.careeragent.matching.scoring.CompiledJob;
import com.careeragent.matching.scoring.MatchScorer;

/**
 * All open jobs, one per duplicate cluster, compiled for scoring and held in memory. Ranking a profile
 * scores every job with array reads only. Readers see an immutable snapshot; a change builds a new one
 * (copying 100,000 references takes well under a millisecond).
 */
public final class OpenJobIndex {

    private static final int PARALLEL_THRESHOLD = 20_000;

    /** A job's id and score. */
    public record Ranked(long jobId, double score) {
    }

    private record Snapshot(CompiledJob[] jobs, Map<Long, Integer> positions) {
    }

    private final MatchScorer scorer;
    private volatile Snapshot snapshot = new Snapshot(new CompiledJob[0], Map.of());

    public OpenJobIndex(MatchScorer scorer) {
        this.scorer = scorer;
    }

    public int size() {
        return snapshot.jobs().length;
    }

    public boolean contains(long jobId) {
        return snapshot.positions().containsKey(jobId);
    }

    /** Replaces everything (start-up, periodic rebuild). */
    public synchronized void replaceAll(Collection<CompiledJob> jobs) {
        snapshot = build(new ArrayList<>(jobs));
    }

    /**
     * Drops the jobs of the given clusters and the given job ids, then adds the given jobs (the clusters'
     * current representatives).
     */
    public synchronized void replace(Set<Long> clusterKeys, Set<Long> jobIds, Collection<CompiledJob> added) {
        List<CompiledJob> kept = new ArrayList<>(snapshot.jobs().length + added.size());
        for (CompiledJob job : snapshot.jobs()) {
            if (!clusterKeys.contains(job.clusterKey()) && !jobIds.contains(job.id())) {
                kept.add(job);
            }
        }
        kept.addAll(added);
        snapshot = build(kept);
    }

    /** The cluster a job belongs to, if it is in the index. */
    public Long clusterOf(long jobId) {
        Snapshot current = snapshot;
        Integer position = current.positions().get(jobId);
        return position == null ? null : current.jobs()[position].clusterKey();
    }

    /** Jobs scoring at least {@code minScore}, best first, at most {@code limit}. */
    public List<Ranked> rank(CompiledCandidate candidate, double minScore, int limit) {
        CompiledJob[] jobs = snapshot.jobs();
        double[] scores = new double[jobs.length];
        IntStream range = IntStream.range(0, jobs.length);
        (jobs.length >= PARALLEL_THRESHOLD ? range.parallel() : range)
                .forEach(i -> scores[i] = scorer.score(candidate, jobs[i]));
        return best(jobs, scores, minScore, limit);
    }

    /** Scores only the given jobs (those just ingested), best first. */
    public List<Ranked> rankOnly(CompiledCandidate candidate, Collection<Long> jobIds, double minScore) {
        Snapshot current = snapshot;
        List<Ranked> ranked = new ArrayList<>();
        for (Long id : new HashSet<>(jobIds)) {
            Integer position = current.positions().get(id);
            if (position != null) {
                double score = scorer.score(candidate, current.jobs()[position]);
                if (score >= minScore) {
                    ranked.add(new Ranked(id, score));
                }
            }
        }
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked;
    }

    public CompiledJob get(long jobId) {
        Snapshot current = snapshot;
        Integer position = current.positions().get(jobId);
        return position == null ? null : current.jobs()[position];
    }

    private static List<Ranked> best(CompiledJob[] jobs, double[] scores, double minScore, int limit) {
        // sort (score, position) pairs packed in a long: no boxing for tens of thousands of hits
        long[] packed = new long[jobs.length];
        int hits = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= minScore && scores[i] > 0) {
                packed[hits++] = ((long) Math.round(scores[i] * 100) << 32) | (Integer.MAX_VALUE - i);
            }
        }
        Arrays.sort(packed, 0, hits);
        List<Ranked> ranked = new ArrayList<>(Math.min(hits, limit));
        for (int k = hits - 1; k >= 0 && ranked.size() < limit; k--) {
            int position = Integer.MAX_VALUE - (int) packed[k];
            ranked.add(new Ranked(jobs[position].id(), scores[position]));
        }
        return ranked;
    }

    private static Snapshot build(List<CompiledJob> jobs) {
        Map<Long, Integer> positions = new HashMap<>(jobs.size() * 2);
        for (int i = 0; i < jobs.size(); i++) {
            positions.put(jobs.get(i).id(), i);
        }
        return new Snapshot(jobs.toArray(CompiledJob[]::new), positions);
    }
}
