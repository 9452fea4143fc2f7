package com.careeragent.skills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Extraction on real job descriptions and a real CV from ../shared/fixtures, read in place. The
 * expectations were written by reading each file: what a recruiter would list, and the tempting
 * false positives ("Go", "R", "C", "Excel" in "excellent", "Java" in "JavaScript") that must not appear.
 */
class RealTextExtractionTest {

    private static final Path FIXTURES = Path.of(System.getProperty("career-agent.shared-fixtures", "../../shared/fixtures"));

    private final SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jobs-text/resume-matcher-job_desc_java_developer.derived.txt | Java, Jakarta EE, SQL, Hibernate, JPA, Spring MVC, Object-Oriented Programming, Design Patterns, Test-Driven Development, Relational Databases, ORM, JSF, GWT, Apache Wicket | JavaScript, Go, R, C, Excel, Spring, Swift, Rust, Backend Development
            jobs-text/resume-matcher-job_desc_front_end_engineer.derived.txt | Frontend Development, JavaScript, HTML, CSS, Responsive Design, React, Vue.js, AngularJS, Angular, jQuery, Git | Backend Development, Java, Go, Excel, R, C
            jobs-text/resume-matcher-job_desc_full_stack_engineer.derived.txt | Full-Stack Development, Web Development, HTML, CSS, JavaScript, Python, Ruby, Java, PHP, .NET, MySQL, Oracle Database, MongoDB, Project Management | Go, Excel, R, C, Swift
            jobs-text/resume-matcher-job_desc_product_manager.derived.txt | Product Management, Product Strategy, Product Requirements | Go, Excel, Teaching, R, C, Recruiting
            jobs-text/resume-matcher-e2e-backend-eng.txt | Backend Development, Python, FastAPI, Django REST Framework, AWS, Amazon ECS, Amazon RDS, Amazon ElastiCache, Microservices, Apache Kafka, PostgreSQL, Docker, Kubernetes, SQL, Redis, CI/CD, GitHub Actions, CircleCI, Datadog, OpenTelemetry, Asynchronous Programming | Go, R, C, Java, Excel
            jobs-text/resume-matcher-e2e-frontend-eng.txt | Frontend Development, React, Next.js, TypeScript, GraphQL, Tailwind CSS, CSS-in-JS, Web Accessibility, Storybook, Vitest, Jest, Playwright, End-to-End Testing, Unit Testing, Web Performance | Java, Go, R, C, Excel, Backend Development
            jobs-text/resume-matcher-e2e-ml-eng.txt | Machine Learning, Python, PyTorch, scikit-learn, Hugging Face, MLflow, Apache Spark, Dask, Amazon SageMaker, SQL, A/B Testing | Go, R, C, Excel, Prototyping
            jobs-text/resume-matcher-e2e-product-manager.txt | Product Management, SaaS, Mixpanel, Amplitude, Looker, SQL, A/B Testing, OKRs, Competitive Analysis, Stakeholder Management, Product Roadmapping | Go, R, C, Excel
            cvs/rendercv-John_Doe_ClassicTheme_CV.derived.txt | Python, C++, CUDA, Rust, Julia, PyTorch, JAX, TensorFlow, ONNX, Kubernetes, AWS, Google Cloud, Machine Learning, Deep Learning, Reinforcement Learning, Large Language Models, Ray | Go, R, C, Java, Excel, Spring, Swift, Typography, Triton Inference Server
            """)
    void findsWhatAReaderWouldListAndNothingTempting(String file, String expected, String forbidden) throws IOException {
        Path path = FIXTURES.resolve(file);
        assumeTrue(Files.isRegularFile(path), "shared fixture " + path + " is absent; skipping");

        Set<String> found = taxonomy.extract(Files.readString(path));

        assertThat(found).containsAll(names(expected));
        assertThat(found).doesNotContainAnyElementsOf(names(forbidden));
    }

    private static Set<String> names(String list) {
        return Set.of(list.strip().split("\\s*,\\s*"));
    }
}
