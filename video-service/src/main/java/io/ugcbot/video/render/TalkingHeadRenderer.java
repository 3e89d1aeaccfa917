package io.ugcbot.video.render;

import io.ugcbot.kit.models.ProviderModel;

import java.nio.file.Path;

/** Makes an H.264 + AAC MP4 of the character speaking the audio: offline, or fal OmniHuman. */
public interface TalkingHeadRenderer {

    /** Which renderer this is (for the log, and so a head made by one is never reused for another). */
    String name();

    Path render(RenderRequest request);

    /**
     * Whether it reads the portrait and the speech from local files; a renderer that hands the provider their URLs
     * says no, and the worker skips two downloads from S3 per video.
     */
    default boolean readsLocalInputs() {
        return true;
    }

    /** The provider and model it calls, for the call metrics; the offline renderer stands as its own provider. */
    default ProviderModel model() {
        return new ProviderModel("offline", "talking-head");
    }

    /** Where the face is in the rendered video, as fractions of its width and height: the circle is centred there. */
    FacePosition facePosition();

    record FacePosition(double x, double y) {
    }
}
