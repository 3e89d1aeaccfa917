package io.ugcbot.kit.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a tool and returns its standard output, failing with the tail of its standard error when it exits non-zero or
 * overruns its time limit (then it is killed: a stuck ffmpeg must not hold a worker forever).
 */
public final class ExternalCommand {

    private static final int STDERR_TAIL = 2_000;

    private ExternalCommand() {
    }

    public static String run(List<String> command, Duration timeout) {
        return run(command, timeout, null, null);
    }

    /**
     * @param stdinWriter writes the tool's standard input (e.g. raw video frames), or null for none
     */
    public static String run(List<String> command, Duration timeout, Path workDir, Consumer<OutputStream> stdinWriter) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new MediaToolException(command.getFirst() + " could not be started: " + e.getMessage(), e);
        }
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream stdin = process.getOutputStream()) {
            if (stdinWriter != null) {
                stdinWriter.accept(stdin);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the tool closed its input early; its exit code and stderr below say why
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new MediaToolException(command.getFirst() + " took longer than " + timeout, null);
            }
            if (process.exitValue() != 0) {
                String err = stderr.join();
                throw new MediaToolException(command.getFirst() + " exited with " + process.exitValue() + ": "
                        + err.substring(Math.max(0, err.length() - STDERR_TAIL)), null);
            }
            return stdout.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MediaToolException(command.getFirst() + " was interrupted", e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
