package com.careeragent.profile.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading order of two-column pages built with PDFBox. */
class PageLayoutTest {

    private final CvTextExtractor extractor = new CvTextExtractor(UploadLimits.DEFAULT);

    @Test
    void aSidebarIsReadOnItsOwnInsteadOfInterleavedWithTheMainColumn() throws IOException {
        String[] sidebar = {"SKILLS", "Java", "Kotlin", "PostgreSQL", "Kubernetes", "Terraform", "Linux", "Bash"};
        String[] main = {"EXPERIENCE", "Platform Engineer at Northwind Traders", "Ran the deployment pipeline for",
                "forty services and cut release time", "from two days to one hour", "Built the on-call tooling",
                "and wrote the runbooks", "Backend Developer at Contoso", "Maintained the billing system"};
        byte[] pdf = pdf(content -> {
            column(content, 50, 700, 22, sidebar);   // wide line spacing
            column(content, 230, 705, 15, main);     // rows never line up with the sidebar
        });

        String text = extractor.extract(pdf).text();

        assertThat(text).contains("SKILLS\nJava\nKotlin\nPostgreSQL\nKubernetes\nTerraform\nLinux\nBash");
        assertThat(text).contains("Ran the deployment pipeline for\nforty services and cut release time\n"
                + "from two days to one hour");
    }

    @Test
    void aDateColumnStaysOnTheRowItLabels() throws IOException {
        byte[] pdf = pdf(content -> {
            column(content, 50, 700, 15, "Senior Engineer, Acme Corp", "Built the search service",
                    "Engineer, Globex", "Kept the lights on", "Intern, Initech", "Wrote tests", "Helped with releases",
                    "Learned a lot");
            column(content, 420, 700, 30, "2021 - Present", "2018 - 2021", "2017 - 2018");
        });

        String text = extractor.extract(pdf).text();

        assertThat(text).contains("Senior Engineer, Acme Corp\t2021 - Present", "Engineer, Globex\t2018 - 2021",
                "Intern, Initech\t2017 - 2018");
    }

    private interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    private static byte[] pdf(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void column(PDPageContentStream content, float x, float y, float leading, String... lines)
            throws IOException {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        content.newLineAtOffset(x, y);
        for (String line : lines) {
            content.showText(line);
            content.newLineAtOffset(0, -leading);
        }
        content.endText();
    }
}
