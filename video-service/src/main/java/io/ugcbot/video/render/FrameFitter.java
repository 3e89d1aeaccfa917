package io.ugcbot.video.render;

import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.video.VideoProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Puts a rendered video into the frame the user asked for when the renderer cannot (fal OmniHuman keeps the portrait's
 * shape): the video whole and centred, over a blurred copy of itself filling the rest, as phones show a portrait clip
 * in a landscape player. Audio is copied; the picture is encoded with the render settings.
 */
public final class FrameFitter {

    private FrameFitter() {
    }

    public static Path fit(Path video, VideoProperties.Render frame, Path workDir) {
        Path output = workDir.resolve("fitted.mp4");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-i", video.toString(),
                "-filter_complex", filterGraph(frame.width(), frame.height()),
                "-map", "[out]", "-map", "0:a?", "-c:v", "libx264", "-preset", frame.preset(),
                "-crf", Integer.toString(frame.crf()), "-c:a", "copy", "-movflags", "+faststart",
                output.toString()), Duration.ofMinutes(3));
        return output;
    }

    static String filterGraph(int width, int height) {
        String size = width + ":" + height;
        return "[0:v]split=2[back][front];"
                + "[back]scale=" + size + ":force_original_aspect_ratio=increase,crop=" + size + ",boxblur=20:2[blurred];"
                + "[front]scale=" + size + ":force_original_aspect_ratio=decrease:force_divisible_by=2[fitted];"
                + "[blurred][fitted]overlay=(W-w)/2:(H-h)/2,setsar=1,format=yuv420p[out]";
    }
}
