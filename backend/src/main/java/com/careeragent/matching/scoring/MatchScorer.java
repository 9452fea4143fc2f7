package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.List;

import com.careeragent.matching.MatchingProperties;

/**
 * The match score, 0–100: a weighted mean of the factors that have information on both sides (the others
 * neither add nor subtract: their weight is shared out among the rest). Skills and title are the core: when
 * neither of them can be judged the score is 0, so an empty profile never collects points.
 */
public final class MatchScorer {

    private final MatchCompiler compiler;
    private final Factor[] factors;
    private final double[] weights;

    public MatchScorer(MatchCompiler compiler, MatchingProperties properties) {
        this.compiler = compiler;
        this.factors = new Factor[] {
                new SkillFactor(compiler.skills(), properties.relatedSkillCredit(), properties.niceToHaveWeight()),
                new TitleFactor(compiler.titleWords()),
                new RoleFactor(compiler.roleFamilies()),
                new SeniorityFactor(),
                new LocationFactor(),
                new SalaryFactor(compiler::currency),
                new RecencyFactor()};
        MatchingProperties.Weights w = properties.weights();
        this.weights = new double[] {w.skills(), w.title(), w.role(), w.seniority(), w.location(), w.salary(), w.recency()};
    }

    public MatchCompiler compiler() {
        return compiler;
    }

    /** The score alone: the hot path of ranking, no allocation. */
    public double score(CompiledCandidate candidate, CompiledJob job) {
        double sum = 0;
        double weightSum = 0;
        boolean core = false;
        for (int i = 0; i < factors.length; i++) {
            double fit = factors[i].fit(candidate, job);
            if (!Double.isNaN(fit) && weights[i] > 0) {
                core |= i < 2;
                sum += weights[i] * fit;
                weightSum += weights[i];
            }
        }
        return core ? round(100 * sum / weightSum) : 0;
    }

    /** The same score with every factor's points and evidence. */
    public MatchExplanation explain(CompiledCandidate candidate, CompiledJob job, JobPosting posting) {
        double[] fits = new double[factors.length];
        double weightSum = 0;
        boolean core = false;
        for (int i = 0; i < factors.length; i++) {
            fits[i] = weights[i] > 0 ? factors[i].fit(candidate, job) : Double.NaN;
            if (!Double.isNaN(fits[i])) {
                core |= i < 2;
                weightSum += weights[i];
            }
        }
        List<FactorResult> results = new ArrayList<>();
        for (int i = 0; i < factors.length; i++) {
            Factor.Finding finding = factors[i].explain(candidate, job, posting);
            boolean informative = core && !Double.isNaN(fits[i]);
            double maxPoints = informative ? round(100 * weights[i] / weightSum) : 0;
            double points = informative ? round(100 * weights[i] * fits[i] / weightSum) : 0;
            results.add(new FactorResult(factors[i].name(), points, maxPoints, weights[i],
                    informative ? round(fits[i]) : null, informative, finding.summary(), finding.evidence()));
        }
        List<String> missing = SkillFactor.missing(compiler.skills(), candidate, job);
        return new MatchExplanation(score(candidate, job), results, missing);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
