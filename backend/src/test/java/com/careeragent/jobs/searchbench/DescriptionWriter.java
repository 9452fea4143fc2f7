package com.careeragent.jobs.searchbench;

import java.util.List;
import java.util.SplittableRandom;

/** Assembles a posting's description (plain text and HTML twins) from {@link SentenceTemplates}. */
final class DescriptionWriter {

    private final Vocabulary vocabulary;

    DescriptionWriter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    record Description(String text, String html) {
    }

    record Slots(String company, String title, RoleFamily family, List<String> skills, String city) {
    }

    Description write(SplittableRandom random, Slots slots) {
        StringBuilder text = new StringBuilder(4096);
        StringBuilder html = new StringBuilder(5120);
        // Long postings exist (up to ~3x the median): more bullets, a second "about" paragraph.
        int scale = random.nextInt(10) < 2 ? 2 : 1;
        paragraph(random, slots, text, html, null, SentenceTemplates.ABOUT, 2 * scale, 4 * scale);
        paragraph(random, slots, text, html, "About the role", SentenceTemplates.ROLE, 2, 4 * scale);
        bullets(random, slots, text, html, "What you'll do", SentenceTemplates.RESPONSIBILITIES, 4, 7 * scale);
        bullets(random, slots, text, html, "What we're looking for", SentenceTemplates.REQUIREMENTS, 4, 7 * scale);
        if (random.nextInt(3) > 0) {
            bullets(random, slots, text, html, "Nice to have", SentenceTemplates.NICE_TO_HAVE, 2, 4);
        }
        benefits(random, text, html);
        paragraph(random, slots, text, html, null, SentenceTemplates.CLOSING, 1, 3);
        return new Description(text.toString().strip(), html.toString());
    }

    private void paragraph(SplittableRandom random, Slots slots, StringBuilder text, StringBuilder html,
            String heading, List<String> templates, int min, int max) {
        heading(text, html, heading);
        int count = min + random.nextInt(max - min + 1);
        StringBuilder sentences = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sentences.append(i == 0 ? "" : " ").append(fill(random, slots, pick(random, templates)));
        }
        text.append(sentences).append("\n\n");
        html.append("<p>").append(escape(sentences.toString())).append("</p>");
    }

    private void bullets(SplittableRandom random, Slots slots, StringBuilder text, StringBuilder html,
            String heading, List<String> templates, int min, int max) {
        heading(text, html, heading);
        int count = min + random.nextInt(max - min + 1);
        html.append("<ul>");
        for (int i = 0; i < count; i++) {
            String line = fill(random, slots, pick(random, templates));
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(escape(line)).append("</li>");
        }
        html.append("</ul>");
        text.append('\n');
    }

    private void benefits(SplittableRandom random, StringBuilder text, StringBuilder html) {
        heading(text, html, "What we offer");
        int count = 3 + random.nextInt(4);
        StringBuilder line = new StringBuilder("We offer ");
        for (int i = 0; i < count; i++) {
            line.append(i == 0 ? "" : i == count - 1 ? " and " : ", ")
                    .append(pick(random, Vocabulary.BENEFITS));
        }
        line.append('.');
        text.append(line).append("\n\n");
        html.append("<p>").append(escape(line.toString())).append("</p>");
    }

    private static void heading(StringBuilder text, StringBuilder html, String heading) {
        if (heading != null) {
            text.append(heading).append('\n');
            html.append("<h3>").append(escape(heading)).append("</h3>");
        }
    }

    private String fill(SplittableRandom random, Slots slots, String template) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        return template
                .replace("{company}", slots.company())
                .replace("{title}", slots.title())
                .replace("{domain}", pick(random, Vocabulary.DOMAINS))
                .replace("{team}", pick(random, Vocabulary.TEAMS))
                .replace("{skill}", pick(random, slots.skills()))
                .replace("{skill2}", pick(random, slots.family().skills().subList(0, 12)))
                .replace("{duty}", pick(random, slots.family().duties()))
                .replace("{years}", Integer.toString(2 + random.nextInt(7)))
                .replace("{word}", capitalize(vocabulary.rareWords.pick(random)))
                .replace("{benefit}", pick(random, Vocabulary.BENEFITS))
                .replace("{city}", slots.city());
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
