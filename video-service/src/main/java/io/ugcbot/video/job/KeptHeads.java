package io.ugcbot.video.job;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.kit.assets.AssetStore;

import java.nio.charset.StandardCharsets;

/**
 * Where a rendered talking head is kept: named by what it is made of (the character image's and the speech's
 * checksums, the frame's orientation, the renderer), as the seed's overlay cache was, so every video made from the same
 * character and speech finds it. Without checksums a head is only reused by its own generation.
 */
public final class KeptHeads {

    private KeptHeads() {
    }

    public static String keyFor(GenerationRequested request, String rendererName) {
        if (blank(request.character()) || blank(request.audio())) {
            return "talking-heads/" + request.generationId() + ".mp4";
        }
        String inputs = String.join("|", request.character().sha256(), request.audio().sha256(),
                request.orientation().name(), rendererName);
        return "talking-heads/" + AssetStore.sha256(inputs.getBytes(StandardCharsets.UTF_8)) + ".mp4";
    }

    private static boolean blank(AssetRef asset) {
        return asset == null || asset.sha256() == null || asset.sha256().isBlank();
    }
}
