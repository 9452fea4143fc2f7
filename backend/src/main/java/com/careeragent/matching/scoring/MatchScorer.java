package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.List;

import com.careeragent.matching.MatchingProperties;

/**
 * The match score, 0–100: a weighted mean of the factors that have information on both sides (the others
 * neither add nor subtract). The first {@value #FIT_FACTORS} factors judge fit as a recruiter would (skills,
 * title, kind of work, seniority); the rest judge the person's circumstances (location, salary, recency).
 * The weight of a fit factor that can't be judged is shared out among the other fit factors only, so a
 * posting we can read little of never scores high on location alone. Skills and title are the core: when
 * neither of them can be judged the score is 0, so an empty profile never collects points.
 */
public final class MatchScorer {

    static final int FIT_FACTORS = 4;

    private final MatchCompiler compiler;
    private final Factor[] factors;
    private final double[] weights;
    /** All the weight of the fit factors, judged or not. */
    private final double fitTotal;

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
        this.fitTotal = w.skills() + w.title() + w.role() + w.seniority();
    }

    public MatchCompiler compiler() {
        return compiler;
    }

    /** The score alone: the hot path of ranking, no allocation. */
    public double score(CompiledCandidate candidate, CompiledJob job) {
        double fitSum = 0;
        double fitWeight = 0;
        double otherSum = 0;
        double otherWeight = 0;
        boolean core = false;
        for (int i = 0; i < factors.length; i++) {
            if (weights[i] <= 0) {
                continue;
            }
            double fit = factors[i].fit(candidate, job);
            if (Double.isNaN(fit)) {
                continue;
            }
            if (i < FIT_FACTORS) {
                core |= i < 2;
                fitSum += weights[i] * fit;
                fitWeight += weights[i];
            } else {
                otherSum += weights[i] * fit;
                otherWeight += weights[i];
            }
        }
        return core ? round(100 * (fitTotal * fitSum / fitWeight + otherSum) / (fitTotal + otherWeight)) : 0;
    }

    /** The same score with every factor's points and evidence. */
    public MatchExplanation explain(CompiledCandidate candidate, CompiledJob job, JobPosting posting) {
        double[] fits = new double[factors.length];
        double fitWeight = 0;
        double otherWeight = 0;
        boolean core = false;
        for (int i = 0; i < factors.length; i++) {
            fits[i] = weights[i] > 0 ? factors[i].fit(candidate, job) : Double.NaN;
            if (!Double.isNaN(fits[i])) {
                core |= i < 2;
                if (i < FIT_FACTORS) {
                    fitWeight += weights[i];
                } else {
                    otherWeight += weights[i];
                }
            }
        }
        List<FactorResult> results = new ArrayList<>();
        for (int i = 0; i < factors.length; i++) {
            Factor.Finding finding = factors[i].explain(candidate, job, posting);
            boolean informative = core && !Double.isNaN(fits[i]);
            // a fit factor's share: its part of the fit factors that count, scaled to all fit weight
            double share = i < FIT_FACTORS ? weights[i] / fitWeight * fitTotal / (fitTotal + otherWeight)
                    : weights[i] / (fitTotal + otherWeight);
            double maxPoints = informative ? round(100 * share) : 0;
            double points = informative ? round(100 * share * fits[i]) : 0;
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
