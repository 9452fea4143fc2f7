package com.careeragent.jobs.searchbench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.careeragent.CareerAgentApplication;

/** The real application (all of it, as deployed) on a random port, pointed at the benchmark database. */
final class BenchApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private BenchApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    static BenchApp start(String jdbcUrl) throws Exception {
        System.setProperty("DATABASE_URL", jdbcUrl);
        System.setProperty("CAREER_AGENT_DATA_DIR", Files.createTempDirectory("search-bench-app").toString());
        System.setProperty("CAREER_AGENT_REFRESH_CRON", "-");
        ConfigurableApplicationContext context = SpringApplication.run(CareerAgentApplication.class,
                "--server.port=0", "--logging.level.root=WARN", "--logging.level.com.careeragent=WARN",
                "--spring.main.banner-mode=off");
        return new BenchApp(context);
    }

    record Response(int status, String body, long nanos) {
    }

    Response get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), System.nanoTime() - started);
    }

    @Override
    public void close() {
        context.close();
    }
}
