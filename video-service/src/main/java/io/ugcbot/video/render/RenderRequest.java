package io.ugcbot.video.render;

import java.nio.file.Path;

/** Local copies of a job's inputs and a scratch directory the renderer may fill. */
public record RenderRequest(Path characterImage, Path audio, String script, Path workDir) {
}
