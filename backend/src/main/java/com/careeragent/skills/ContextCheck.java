package com.careeragent.skills;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Decides whether an ambiguous spelling found in text is the skill. First the local rules (exact case,
 * forbidden next/previous word, sentence start), then its context: another skill of a fitting
 * category a few tokens away in the same sentence, or a context word right next to it. Ambiguous
 * hits accepted in one round count as context for the next ("Go, R and C" vouch for each other only
 * once one of them is certain).
 */
final class ContextCheck {

    private static final int ROUNDS = 3;

    private final AmbiguityRules rules;

    ContextCheck(AmbiguityRules rules) {
        this.rules = rules;
    }

    boolean passesLocalRules(TokenizedText tokens, SkillExtractor.Hit hit) {
        AmbiguousForm rule = hit.rule();
        if (!rule.cases().isEmpty() && !rule.cases().contains(tokens.surface(hit.from(), hit.to()))) {
            return false;
        }
        // The second half of a hyphenated word is no mention on its own: "X-Ray", "non-Go", "UX-Ray".
        if ((tokens.gap[hit.from()] & TokenizedText.HYPHENATED) != 0) {
            return false;
        }
        int next = hit.to();
        boolean hasNext = next < tokens.size && (tokens.gap[next] & TokenizedText.SENTENCE_START) == 0;
        if (hasNext && (tokens.gap[next] & TokenizedText.JOINABLE) != 0) {
            if (rule.notBefore().contains(tokens.lower[next])) {
                return false;
            }
            if (rule.notBeforeNumber() && tokens.startsWithDigit(next)) {
                return false;
            }
        }
        int previous = hit.from() - 1;
        if (previous >= 0 && (tokens.gap[hit.from()] & TokenizedText.JOINABLE) != 0
                && rule.notAfter().contains(tokens.lower[previous])) {
            return false;
        }
        if (rule.strictAtSentenceStart() && (tokens.gap[hit.from()] & TokenizedText.SENTENCE_START) != 0) {
            boolean listFollows = hasNext && (tokens.gap[next] & TokenizedText.LIST) != 0;
            AmbiguousForm.Context context = rules.context(rule.context());
            boolean contextWordFollows = hasNext && context != null && context.words().contains(tokens.lower[next]);
            return listFollows || contextWordFollows;
        }
        return true;
    }

    /** The firm hits plus every doubtful hit whose context is found, in rounds. */
    List<SkillExtractor.Hit> acceptInContext(TokenizedText tokens, List<SkillExtractor.Hit> firm,
                                             List<SkillExtractor.Hit> doubtful) {
        List<SkillExtractor.Hit> accepted = new ArrayList<>(firm);
        List<SkillExtractor.Hit> pending = new ArrayList<>(doubtful);
        for (int round = 0; round < ROUNDS && !pending.isEmpty(); round++) {
            boolean changed = false;
            for (Iterator<SkillExtractor.Hit> it = pending.iterator(); it.hasNext(); ) {
                SkillExtractor.Hit hit = it.next();
                AmbiguousForm.Context context = hit.rule().context() == null ? null : rules.context(hit.rule().context());
                if (context == null || hasContextWord(tokens, hit, context) || hasSkillNearby(tokens, hit, context, accepted)) {
                    accepted.add(hit);
                    it.remove();
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return accepted;
    }

    private static boolean hasContextWord(TokenizedText tokens, SkillExtractor.Hit hit, AmbiguousForm.Context context) {
        int reach = context.wordWindow();
        for (int k = hit.from() - 1; k >= Math.max(0, hit.from() - reach); k--) {
            if (context.words().contains(tokens.lower[k])) {
                return true;
            }
            if ((tokens.gap[k + 1] & TokenizedText.SENTENCE_START) != 0) {
                break;
            }
        }
        for (int k = hit.to(); k < Math.min(tokens.size, hit.to() + reach); k++) {
            if ((tokens.gap[k] & TokenizedText.SENTENCE_START) != 0) {
                break;
            }
            if (context.words().contains(tokens.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSkillNearby(TokenizedText tokens, SkillExtractor.Hit hit, AmbiguousForm.Context context,
                                          List<SkillExtractor.Hit> accepted) {
        for (SkillExtractor.Hit other : accepted) {
            if (other.skill() == hit.skill() || !context.categories().contains(other.skill().category())) {
                continue;
            }
            int from = Math.min(hit.to(), other.to());
            int to = Math.max(hit.from(), other.from());
            if (to - from < context.window() && sameSentence(tokens, Math.min(hit.from(), other.from()),
                    Math.max(hit.from(), other.from()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSentence(TokenizedText tokens, int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            if ((tokens.gap[k] & TokenizedText.SENTENCE_START) != 0) {
                return false;
            }
        }
        return true;
    }
}
