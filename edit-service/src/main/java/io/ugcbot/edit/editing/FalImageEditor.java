package io.ugcbot.edit.editing;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.edit.EditProperties;
import io.ugcbot.kit.fal.FalQueue;
import io.ugcbot.kit.fal.FalRefusedException;
import io.ugcbot.kit.models.ProviderModel;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nano Banana 2 edit (by default) on fal's queue API: the image goes inline as a data URI (fal accepts them wherever it takes a file
 * URL, so no public bucket is needed), the status is polled with backoff, the PNG result is downloaded.
 */
class FalImageEditor implements ProviderImageEditor {

    private final EditProperties.Fal settings;
    private final FalQueue fal;
    private final Clock clock;

    FalImageEditor(EditProperties.Fal settings, FalQueue fal, Clock clock) {
        this.settings = settings;
        this.fal = fal;
        this.clock = clock;
    }

    @Override
    public String name() {
        return fal.describe();
    }

    @Override
    public ProviderModel model() {
        return new ProviderModel("fal", fal.model());
    }

    @Override
    public byte[] edit(byte[] png, String prompt) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("prompt", prompt);
        input.put("image_urls", List.of("data:image/png;base64," + Base64.getEncoder().encodeToString(png)));
        input.put("num_images", 1);
        input.put("output_format", "png");
        Path workDir = null;
        try {
            FalQueue.Submitted submitted = fal.submit(input, null);
            fal.awaitCompletion(submitted, clock.instant(), settings.maxPoll(), settings.giveUpAfter(), clock,
                    status -> { }, FalImageEditor::pause);
            JsonNode result = fal.result(submitted.responseUrl());
            String url = result.path("images").path(0).path("url").asString("");
            if (url.isBlank()) {
                throw new EditRefusedException("fal's result has no image: " + result,
                        Failure.of(FailureCode.PROVIDER_FAILED));
            }
            workDir = Files.createTempDirectory("fal-edit-");
            return Files.readAllBytes(fal.download(url, workDir.resolve("edited.png")));
        } catch (FalRefusedException e) {
            throw new EditRefusedException(e.getMessage(), e.failure());
        } catch (FalQueue.TransientFailure e) {
            throw new EditRefusedException(e.getMessage(), Failure.of(FailureCode.PROVIDER_UNAVAILABLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (workDir != null) {
                org.springframework.util.FileSystemUtils.deleteRecursively(workDir.toFile());
            }
        }
    }

    /** Waits between status checks; nothing ends it early (edits take seconds, no webhook needed). */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
