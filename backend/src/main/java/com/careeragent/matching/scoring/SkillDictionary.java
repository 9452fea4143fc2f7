package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Dense integer ids for skills, so that a profile's skills become a bitset and a job's skills an int array:
 * scoring 100,000 jobs then costs a few array reads per skill instead of string hashing. Seeded from the
 * taxonomy; names it doesn't know (custom skills, odd job tags) get ids on first sight. Thread-safe.
 */
public final class SkillDictionary {

    /**
     * One taxonomy entry as matching needs it. {@code language} marks spoken languages; {@code category} is the
     * taxonomy category (programming-language, frontend, backend…), null when unknown.
     */
    public record Entry(String name, boolean language, Collection<String> aliases, Collection<String> related,
            String category) {

        public Entry(String name, boolean language, Collection<String> aliases, Collection<String> related) {
            this(name, language, aliases, related, null);
        }
    }

    private final Function<String, Optional<String>> canonical;
    private final Function<String, Map<String, Integer>> extractor;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<int[]> related = new ArrayList<>();
    private final List<Boolean> languages = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final Map<String, List<String>> spellings = new HashMap<>();

    public SkillDictionary(Collection<Entry> entries, Function<String, Optional<String>> canonical,
            Function<String, Map<String, Integer>> extractor) {
        this.canonical = canonical;
        this.extractor = extractor;
        for (Entry entry : entries) {
            categories.set(intern(entry.name(), entry.language()), entry.category());
            List<String> names = new ArrayList<>();
            names.add(entry.name());
            names.addAll(entry.aliases());
            spellings.put(key(entry.name()), List.copyOf(names));
        }
        for (Entry entry : entries) {
            int id = ids.get(key(entry.name()));
            related.set(id, entry.related().stream().mapToInt(name -> intern(name, false)).filter(r -> r != id)
                    .distinct().toArray());
        }
    }

    /** The canonical spelling of a skill name or alias, or the name itself when the taxonomy doesn't know it. */
    public String canonicalName(String name) {
        String trimmed = name.strip();
        return canonical.apply(trimmed).orElse(trimmed);
    }

    /** The canonical name when the taxonomy knows the name or alias; empty otherwise. */
    public Optional<String> known(String name) {
        return name == null || name.isBlank() ? Optional.empty() : canonical.apply(name.strip());
    }

    /** The id of a skill, canonicalised first; unknown names are added. */
    public int idOf(String name) {
        return intern(canonicalName(name), false);
    }

    /** The id of a spoken language ("German"); marks it as a language even if the taxonomy doesn't list it. */
    public synchronized int languageId(String language) {
        int id = idOf(language);
        languages.set(id, true);
        return id;
    }

    /** The canonical name and its aliases, to find where a text mentions the skill. */
    public List<String> spellings(String canonicalName) {
        return spellings.getOrDefault(key(canonicalName), List.of(canonicalName));
    }

    public synchronized String name(int id) {
        return names.get(id);
    }

    public synchronized int[] related(int id) {
        return related.get(id);
    }

    /** The taxonomy category of a skill, null for skills the taxonomy doesn't know. */
    public synchronized String category(int id) {
        return categories.get(id);
    }

    public synchronized boolean isLanguage(int id) {
        return languages.get(id);
    }

    public synchronized int size() {
        return names.size();
    }

    /** Canonical names of the skills mentioned in free text (delegates to the taxonomy's extractor). */
    public Set<String> extract(String text) {
        return mentions(text).keySet();
    }

    /** How often free text mentions each skill, by canonical name, in order of first mention. */
    public Map<String, Integer> mentions(String text) {
        return text == null || text.isBlank() ? Map.of() : extractor.apply(text);
    }

    private synchronized int intern(String name, boolean language) {
        Integer existing = ids.get(key(name));
        if (existing != null) {
            if (language) {
                languages.set(existing, true);
            }
            return existing;
        }
        int id = names.size();
        ids.put(key(name), id);
        names.add(name);
        related.add(new int[0]);
        languages.add(language);
        categories.add(null);
        return id;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
