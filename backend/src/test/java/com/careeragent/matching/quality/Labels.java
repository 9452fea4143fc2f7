package com.careeragent.matching.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The graded pairs: one row per posting, one column per profile, grades 0–3. */
record Labels(List<String> profiles, List<String> jobs, Map<String, String> titles, Map<String, Integer> grades) {

    static Labels read(String csv) {
        List<String> profiles = new ArrayList<>();
        List<String> jobs = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Integer> grades = new HashMap<>();
        for (String line : csv.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",");
            if (cells[0].equals("job")) {
                profiles.addAll(List.of(cells).subList(2, cells.length));
                continue;
            }
            jobs.add(cells[0]);
            titles.put(cells[0], cells[1]);
            for (int i = 2; i < cells.length; i++) {
                grades.put(profiles.get(i - 2) + "|" + cells[0], Integer.parseInt(cells[i].strip()));
            }
        }
        return new Labels(profiles, jobs, titles, grades);
    }

    /** Both sets as one, for the same profiles; a posting graded in both would count twice, so that fails. */
    Labels plus(Labels other) {
        if (!profiles.equals(other.profiles)) {
            throw new IllegalArgumentException("label sets grade different profiles");
        }
        List<String> allJobs = new ArrayList<>(jobs);
        for (String job : other.jobs) {
            if (titles.containsKey(job)) {
                throw new IllegalArgumentException("posting graded in both sets: " + job);
            }
            allJobs.add(job);
        }
        Map<String, String> allTitles = new LinkedHashMap<>(titles);
        allTitles.putAll(other.titles);
        Map<String, Integer> allGrades = new HashMap<>(grades);
        allGrades.putAll(other.grades);
        return new Labels(profiles, allJobs, allTitles, allGrades);
    }

    int grade(String profile, String job) {
        return grades.get(profile + "|" + job);
    }
}
