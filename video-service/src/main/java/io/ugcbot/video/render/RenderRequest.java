package io.ugcbot.video.render;

import io.ugcbot.events.gateway.Orientation;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A job's inputs: local copies for renderers that work here, time-limited URLs for providers that fetch them
 * themselves, a scratch directory the renderer may fill, and where to report how far it got.
 */
public record RenderRequest(UUID generationId, Path characterImage, Path audio, URI characterUrl, URI audioUrl,
                            String script, Orientation orientation, Path workDir, RenderProgress progress) {

    /** For renderers that need no URLs (the offline renderer, benchmarks). */
    public static RenderRequest local(Path characterImage, Path audio, String script, Orientation orientation,
                                      Path workDir) {
        return new RenderRequest(UUID.randomUUID(), characterImage, audio, null, null, script, orientation, workDir,
                RenderProgress.NONE);
    }
}
