package io.ugcbot.storage.imports;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.kit.media.MediaProbe;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A user's clip made fit for compositing: it must be a decodable video no longer than the limit; it becomes H.264
 * (yuv420p, at most 1080×1920, 25 fps, no sound: the speech is the only audio) with faststart, so the compositor
 * always gets the same kind of input.
 */
final class BackgroundClips {

    /** A clip that passed, normalised, and its measured length. */
    record Normalised(Path file, long durationMs) {
    }

    private BackgroundClips() {
    }

    /** The measured length, or why the clip cannot be used. */
    static Checked check(Path clip, Duration maxDuration) {
        List<String> streams;
        long durationMs;
        try {
            streams = MediaProbe.streams(clip);
            durationMs = MediaProbe.durationMs(clip);
        } catch (RuntimeException e) {
            // ffprobe refused it (MediaToolException) or reported no usable duration
            return Checked.rejected(Failure.of(FailureCode.FILE_NOT_READABLE));
        }
        if (streams.stream().noneMatch(stream -> stream.startsWith("video:"))) {
            return Checked.rejected(Failure.of(FailureCode.FILE_WITHOUT_VIDEO));
        }
        if (durationMs > maxDuration.toMillis() + 250) {
            return Checked.rejected(Failure.of(FailureCode.CLIP_TOO_LONG, durationMs / 1000.0,
                    maxDuration.toSeconds()));
        }
        return new Checked(Optional.empty(), durationMs);
    }

    static Normalised normalise(Path clip, Path workDir) {
        Path out = workDir.resolve("background.mp4");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-i", clip.toString(),
                "-vf", "scale='min(1080,iw)':'min(1920,ih)':force_original_aspect_ratio=decrease:force_divisible_by=2,"
                        + "fps=25,format=yuv420p",
                "-an", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-movflags", "+faststart",
                out.toString()), Duration.ofMinutes(3));
        return new Normalised(out, MediaProbe.durationMs(out));
    }

    /** The outcome of the checks: why the clip is refused, or its measured length. */
    record Checked(Optional<Failure> rejection, long durationMs) {
        static Checked rejected(Failure failure) {
            return new Checked(Optional.of(failure), 0);
        }
    }
}
