package com.careeragent.sources.normalize;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a source's description into safe HTML and readable plain text. The allowlist keeps structure
 * (paragraphs, lists, headings, tables, links) and drops everything active or stylistic: scripts, event
 * handlers, iframes, styles, images and any link that is not http(s) or mailto.
 */
public final class DescriptionCleaner {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    /** RemoteOK appends "Please mention the word **X** and tag … see they're human." to every posting. */
    private static final Pattern ANTI_SPAM = Pattern.compile(
            "(?is)(?:\\s*<br\\s*/?>)*\\s*Please mention the word\\b.*?(?:they're human\\.|they’re human\\.|\\z)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(?:\\n[ \\t]*)+");
    private static final Pattern INLINE_SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");

    private DescriptionCleaner() {
    }

    public record Description(String html, String text) {
    }

    public static Description clean(String rawHtml, String fallbackText) {
        String html = rawHtml == null ? "" : TextCleaner.stripControls(MojibakeRepair.repair(rawHtml));
        html = ANTI_SPAM.matcher(html).replaceAll("");
        if (Jsoup.parse(html).text().isBlank()) {
            html = fallbackText == null ? "" : paragraphs(fallbackText);
        }
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        String safe = Jsoup.clean(html, "", SAFE, compact).strip();
        String text = toText(safe);
        return new Description(safe.isEmpty() ? null : safe, text.isEmpty() ? null : text);
    }

    /** Plain text given by a source becomes paragraphs of escaped text. */
    private static String paragraphs(String text) {
        String repaired = TextCleaner.stripControls(MojibakeRepair.repair(text));
        repaired = ANTI_SPAM.matcher(repaired).replaceAll("");
        StringBuilder html = new StringBuilder();
        for (String block : repaired.split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                html.append("<p>").append(Entities.escape(block.strip()).replace("\n", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    /** Text with line breaks where the HTML had blocks, entities decoded, whitespace tidied. */
    static String toText(String safeHtml) {
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(safeHtml).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        out.append('\n');
                    } else if (element.nameIs("li")) {
                        out.append("\n• ");
                    } else if (element.isBlock()) {
                        out.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && !element.nameIs("li")) {
                    out.append('\n');
                }
            }
        });
        String text = INLINE_SPACES.matcher(out).replaceAll(" ");
        text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }
}
