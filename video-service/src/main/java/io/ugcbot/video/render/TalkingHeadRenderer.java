package io.ugcbot.video.render;

import java.nio.file.Path;

/** Makes an H.264 + AAC MP4 of the character speaking the audio. The fal OmniHuman adapter is the other one to come. */
public interface TalkingHeadRenderer {

    Path render(RenderRequest request);

    /** Where the face is in the rendered video, as fractions of its width and height: the circle is centred there. */
    FacePosition facePosition();

    record FacePosition(double x, double y) {
    }
}
