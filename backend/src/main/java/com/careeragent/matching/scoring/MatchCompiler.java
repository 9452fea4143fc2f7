package com.careeragent.matching.scoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careeragent.matching.Candidate;
import com.careeragent.matching.scoring.CompiledCandidate.CompiledTitle;
import com.careeragent.matching.scoring.CompiledCandidate.RemotePreference;

/**
 * Turns postings and profiles into their compiled forms, sharing one vocabulary of skill ids, title
 * words, places and currencies so that both sides compare by integer. Thread-safe.
 */
public final class MatchCompiler {

    /**
     * How strongly an older CV title speaks for the person (a target title 1, the headline 0.9, the current title
     * 0.85): a product manager who was an engineer ten years ago is not looking for engineering jobs.
     */
    static final float PAST_TITLE = 0.4f;

    private final SkillDictionary skills;
    private final RequirementReader requirements;
    private final TitleVocabulary titleWords = new TitleVocabulary();
    private final RoleFamilies roleFamilies = RoleFamilies.loadDefault();
    private final StackSkills stackSkills = StackSkills.loadDefault();
    private final Interner places = new Interner();
    private final Interner currencies = new Interner();

    private final Clock clock;

    public MatchCompiler(SkillDictionary skills, Clock clock) {
        this.skills = skills;
        this.clock = clock;
        this.requirements = new RequirementReader(skills);
    }

    public SkillDictionary skills() {
        return skills;
    }

    TitleVocabulary titleWords() {
        return titleWords;
    }

    RoleFamilies roleFamilies() {
        return roleFamilies;
    }

    String currency(int id) {
        return currencies.value(id);
    }

    public JobRequirements requirements(JobPosting job) {
        return requirements.read(job);
    }

    public CompiledJob job(JobPosting job) {
        JobRequirements req = requirements.read(job);
        List<String> words = TitleWords.of(job.title(), job.company());
        float[] weights = new float[words.size()];
        int[] titleSkills = new int[words.size()];
        float total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) TitleVocabulary.weight(words.get(i));
            titleSkills[i] = TitleVocabulary.isRoleNoun(words.get(i)) ? -1
                    : skills.known(words.get(i)).map(skills::idOf).orElse(-1);
            total += weights[i];
        }
        int level = SeniorityLevels.ofLabel(job.seniority());
        if (level == SeniorityLevels.UNKNOWN || level == 0 && SeniorityLevels.ofTitle(job.title()) > 0) {
            level = SeniorityLevels.ofTitle(job.title());
        }
        Set<String> placeKeys = new LinkedHashSet<>(Places.keys(job.location()));
        job.regions().forEach(region -> placeKeys.addAll(Places.keys(region)));
        boolean anywhere = placeKeys.remove(Places.ANYWHERE);
        String currency = YearlySalary.currency(job.salaryCurrency());
        int[] placeIds = placeKeys.stream().mapToInt(places::id).toArray();
        byte[] kinds = new byte[placeIds.length];
        int k = 0;
        for (String key : placeKeys) {
            kinds[k++] = key.startsWith("city:") ? CompiledJob.CITY : key.startsWith("country:") ? CompiledJob.COUNTRY
                    : CompiledJob.AREA;
        }
        int[] required = ids(req.required());
        float[] requiredWeights = salience(required, req);
        int[] preferred = ids(req.preferred());
        MainStack stack = mainStack(required, requiredWeights);
        return new CompiledJob(job.id(), job.clusterKey(), required, requiredWeights, preferred,
                salience(preferred, req), stack.ids(), stack.weights(),
                req.languages().stream().mapToInt(skills::languageId).toArray(), titleWords.ids(words), weights,
                titleSkills, total, roleFamilies.ofPosting(words, skills.extract(job.title()), req.required()),
                level, req.minYears() == null ? -1 : req.minYears(), job.remote(),
                placeIds, kinds, anywhere,
                YearlySalary.of(job.salaryMin(), job.salaryPeriod()), YearlySalary.of(job.salaryMax(), job.salaryPeriod()),
                currency == null ? -1 : currencies.id(currency),
                job.postedAt() == null ? CompiledJob.NO_DATE : Math.floorDiv(job.postedAt().getEpochSecond(), 86_400));
    }

    public CompiledCandidate candidate(Candidate candidate) {
        List<Integer> ownIds = new ArrayList<>();
        candidate.skills().forEach(skill -> ownIds.add(skills.idOf(skill.name())));
        candidate.languages().forEach(language -> ownIds.add(skills.languageId(language)));
        Map<Integer, String> implied = impliedSkills(candidate, ownIds);
        ownIds.addAll(implied.keySet());
        int words = skills.size() / 64 + 1;
        long[] own = new long[words];
        long[] related = new long[words];
        for (int id : ownIds) {
            set(own, id);
            for (int other : skills.related(id)) {
                if (RelatedCredit.counts(skills, id, other)) {
                    set(related, other);
                }
            }
        }
        String currency = YearlySalary.currency(candidate.salaryCurrency());
        int level = SeniorityLevels.ofLabel(candidate.seniority());
        double years = candidate.yearsExperience() == null ? -1 : candidate.yearsExperience();
        if (level == SeniorityLevels.UNKNOWN && years >= 0) {
            level = SeniorityLevels.ofYears(years);
        }
        List<RoleFit.Held> held = new ArrayList<>();
        CompiledTitle[] titles = titles(candidate, held);
        List<String> skillNames = candidate.skills().stream().map(skill -> skills.canonicalName(skill.name())).toList();
        return new CompiledCandidate(candidate, own, related, Map.copyOf(implied), titles,
                RoleFit.of(roleFamilies, held, skillNames),
                level, years, placeIds(List.of(candidate.location() == null ? "" : candidate.location())),
                placeIds(candidate.preferredLocations()), RemotePreference.of(candidate.remotePreference()),
                candidate.salaryExpectation() == null ? YearlySalary.UNKNOWN : candidate.salaryExpectation(),
                currency == null ? -1 : currencies.id(currency),
                Math.floorDiv(clock.instant().getEpochSecond(), 86_400));
    }

    /** Skills a title names ("Backend Engineer" → Backend Development) that the skill list leaves out. */
    private Map<Integer, String> impliedSkills(Candidate candidate, List<Integer> own) {
        List<String> titles = new ArrayList<>(candidate.targetTitles());
        if (candidate.headline() != null) {
            titles.add(candidate.headline());
        }
        titles.addAll(candidate.recentTitles());
        Map<Integer, String> implied = new LinkedHashMap<>();
        for (String title : titles) {
            for (String name : skills.extract(title)) {
                int id = skills.idOf(name);
                if (!own.contains(id) && !skills.isLanguage(id)) {
                    implied.putIfAbsent(id, title);
                }
            }
        }
        return implied;
    }

    /** The profile's titles; {@code families} receives the role family of each. */
    private CompiledTitle[] titles(Candidate candidate, List<RoleFit.Held> families) {
        List<CompiledTitle> titles = new ArrayList<>();
        candidate.targetTitles().forEach(t -> add(titles, families, t, "target title", 1.0f, TitleWords.of(t, null)));
        if (candidate.headline() != null) {
            add(titles, families, candidate.headline(), "headline", 0.9f, TitleWords.ofHeadline(candidate.headline()));
        }
        for (int i = 0; i < candidate.recentTitles().size(); i++) {
            String title = candidate.recentTitles().get(i);
            add(titles, families, title, i == 0 ? "current title" : "past title", i == 0 ? 0.85f : PAST_TITLE,
                    TitleWords.of(title, null));
        }
        return titles.toArray(CompiledTitle[]::new);
    }

    private void add(List<CompiledTitle> titles, List<RoleFit.Held> families, String text, String kind, float strength,
            List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        int family = roleFamilies.ofTitle(words, skills.extract(String.join(" ", words)));
        if (family != RoleFamilies.UNKNOWN) {
            families.add(RoleFit.Held.ofTitle(family, strength, kind, text));
        }
        float[] weights = new float[words.size()];
        int[][] related = new int[words.size()][];
        float total = 0;
        int[] ids = titleWords.ids(words);
        for (int i = 0; i < ids.length; i++) {
            weights[i] = (float) TitleVocabulary.weight(words.get(i));
            related[i] = titleWords.related(ids[i]);
            total += weights[i];
        }
        titles.add(new CompiledTitle(text, kind, strength, ids, weights, total, related));
    }

    /** Each skill's weight in the skills fit, from how prominent the posting makes it. */
    private float[] salience(int[] ids, JobRequirements req) {
        float[] weights = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            weights[i] = (float) SkillFactor.weightOf(req.salienceOf(skills.name(ids[i])));
        }
        return weights;
    }

    /** A job's main stack skills and their weights, heaviest first. */
    private record MainStack(int[] ids, float[] weights) {
    }

    /**
     * The job's {@value SkillFactor#STACK_SKILLS} most prominent required stack skills (languages, frameworks),
     * heaviest first; ties keep the order of first mention.
     */
    private MainStack mainStack(int[] required, float[] weights) {
        int size = Math.min(SkillFactor.STACK_SKILLS, required.length);
        int[] ids = new int[size];
        float[] stackWeights = new float[size];
        boolean[] taken = new boolean[required.length];
        int found = 0;
        while (found < size) {
            int best = -1;
            for (int i = 0; i < required.length; i++) {
                if (!taken[i] && stackSkills.isStack(skills, required[i]) && (best < 0 || weights[i] > weights[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            ids[found] = required[best];
            stackWeights[found++] = weights[best];
        }
        return new MainStack(Arrays.copyOf(ids, found), Arrays.copyOf(stackWeights, found));
    }

    private int[] ids(List<String> names) {
        return names.stream().mapToInt(skills::idOf).distinct().toArray();
    }

    private int[] placeIds(List<String> locations) {
        Set<String> keys = new LinkedHashSet<>();
        locations.forEach(location -> keys.addAll(Places.keys(location)));
        keys.remove(Places.ANYWHERE);
        return keys.stream().mapToInt(places::id).toArray();
    }

    private static void set(long[] bits, int id) {
        bits[id >>> 6] |= 1L << id;
    }
}
