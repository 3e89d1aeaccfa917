package io.ugcbot.localstack.support;

import io.ugcbot.embedded.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * One instance of a service as its own JVM, started from the service's own jar (as {@code bin/run-cluster} and a
 * container start it), with its API and management ports picked free and its output in a log file of its own.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int managementPort;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int managementPort, Path log, Process process) {
        this.name = name;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /** {@code environment}: the infrastructure's addresses and whatever else this instance is told. */
    public static ServiceProcess start(String service, int instance, Map<String, String> environment, Path logDir) {
        // small and quick to start: seven JVMs share two cores in CI
        return start(service, instance, environment, logDir,
                List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
    }

    /** With JVM options of the caller's choosing (a benchmark runs the JIT compilers production runs). */
    public static ServiceProcess start(String service, int instance, Map<String, String> environment, Path logDir,
                                       List<String> jvmOptions) {
        Path jar = Path.of("..", service, "target", service + "-0.1.0-SNAPSHOT-exec.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the service modules are packaged before this one");
        }
        int managementPort = FreePorts.find();
        Path log = logDir.resolve(service + "-" + instance + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(FreePorts.find()));
        builder.environment().put("MANAGEMENT_PORT", Integer.toString(managementPort));
        try {
            Files.createDirectories(logDir);
            return new ServiceProcess(service + "#" + instance, managementPort, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ready as a probe sees it: {@code /actuator/health/readiness} answers UP. Throws once the process has died. */
    public boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + managementPort + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Until every one of them is {@link #ready()}; fails at once when one has died, and after {@code patience}. */
    public static void awaitAllReady(Collection<ServiceProcess> processes, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(500))
                .until(() -> processes.stream().allMatch(ServiceProcess::ready));
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no lease given back, as when a machine or a container dies. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The process's Prometheus scrape, as an operator's Prometheus would read it. */
    public String metrics() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                    + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** CPU time the process has used so far (user and system), as the operating system counts it. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Where its health, metrics and the tools' endpoints are. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }
}
