package com.careeragent.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.util.FileSystemUtils;

/**
 * Another instance of the app in its own JVM, on the same PostgreSQL as the test's app: for what only a
 * real process shows, such as a SIGKILL mid-run. It gets its own data directory and port, the scheduler
 * off, and keeps caches in-process (no Redis: the instances only need to share the database here).
 * Its output goes to {@code target/second-instance/}. A JVM shutdown hook kills it if a test cannot.
 */
public final class SecondInstance implements AutoCloseable {

    private static final String MAIN_CLASS = "com.careeragent.CareerAgentApplication";
    /** Generous: a cold JVM on a busy 2-core CI machine. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final Path dataDir;
    private final int port;
    private final Thread killOnExit;

    private SecondInstance(Process process, Path log, Path dataDir, int port) {
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
        this.port = port;
        this.killOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts the app with these extra environment variables and waits until it reports healthy. */
    public static SecondInstance start(String name, Map<String, String> env, String... args) throws IOException {
        TestInfrastructure.start();
        int port = TestInfrastructure.freePort();
        Path dataDir = Files.createTempDirectory("career-agent-" + name);
        Path logDir = Files.createDirectories(Path.of("target", "second-instance"));
        Path log = logDir.resolve(name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss")) + ".log");

        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", applicationClassPath(), MAIN_CLASS, "--server.address=127.0.0.1"));
        command.addAll(Arrays.asList(args));
        Files.writeString(log, String.join(" ", command) + System.lineSeparator());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("CAREER_AGENT_") || key.equals("REDIS_URL"));
        environment.put("DATABASE_URL", System.getProperty("DATABASE_URL"));
        environment.put("CAREER_AGENT_DATA_DIR", dataDir.toString());
        environment.put("CAREER_AGENT_REFRESH_CRON", "-");
        environment.put("PORT", String.valueOf(port));
        environment.putAll(env);

        SecondInstance instance = new SecondInstance(builder.start(), log, dataDir, port);
        try {
            instance.awaitHealthy();
            return instance;
        } catch (RuntimeException | Error e) {
            instance.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public Http http() {
        return new Http(port);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hooks, no {@code @PreDestroy}, connections dropped as they are. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the second instance did not die within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** The last lines the instance printed, for assertion messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "last lines of " + log.toAbsolutePath() + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log.toAbsolutePath() + ": " + e + ")";
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException jvmIsExiting) {
            // the hook runs anyway
        }
        try {
            FileSystemUtils.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            Awaitility.await("the second instance healthy").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .failFast(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError("the second instance exited with " + process.exitValue()
                                    + " before it was healthy; " + logTail());
                        }
                    })
                    .until(() -> client.send(health, HttpResponse.BodyHandlers.ofString()),
                            response -> response.statusCode() == 200 && response.body().contains("\"UP\""));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; " + logTail(), e);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The test JVM's class path without the test classes: the child is the app as deployed. */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
