package io.ugcbot.video.render;

import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.kit.outage.OutageWait;
import io.ugcbot.video.VideoProperties;
import io.ugcbot.kit.face.FaceDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline talking head: the still character, a mouth that opens with the speech's loudness and a slight head
 * sway, drawn frame by frame with Java 2D and piped as raw frames into one ffmpeg that encodes H.264 and muxes the audio.
 * The mouth is placed and sized by face detection on the still; when no face is found it falls back to where the demo
 * portraits draw theirs.
 */
public class OfflineTalkingHeadRenderer implements TalkingHeadRenderer {

    private static final Logger log = LoggerFactory.getLogger(OfflineTalkingHeadRenderer.class);

    /** Where the demo portraits' mouths are, as fractions of the frame, and their width: used when no face is found. */
    private static final Mouth DEFAULT_MOUTH = new Mouth(0.5, 0.64, 0.11);
    /** A mouth is about this share of the width of the box a face detector draws. */
    private static final double MOUTH_SHARE_OF_FACE = 0.22;

    /** The demo portraits' face centre (between the eyes and the mouth). */
    private static final FacePosition FACE = new FacePosition(0.5, 0.56);

    /** Where to draw the mouth, as fractions of the frame's width and height, and its width as a fraction of it. */
    record Mouth(double x, double y, double width) {
    }

    private final VideoProperties properties;
    private final FaceDetector faces;

    public OfflineTalkingHeadRenderer(VideoProperties properties, FaceDetector faces) {
        this.properties = properties;
        this.faces = faces;
    }

    @Override
    public String name() {
        return "offline";
    }

    /** What video.slow-script-marker adds to a render. */
    private static final Duration SLOW_RENDER_PAUSE = Duration.ofSeconds(15);

    @Override
    public FacePosition facePosition() {
        return FACE;
    }

    @Override
    public Path render(RenderRequest request) {
        String marker = properties.failScriptMarker();
        if (marker != null && !marker.isBlank() && request.script() != null && request.script().contains(marker)) {
            throw new IllegalStateException("render failure injected by video.fail-script-marker");
        }
        String slow = properties.slowScriptMarker();
        if (slow != null && !slow.isBlank() && request.script() != null && request.script().contains(slow)) {
            OutageWait.sleep(SLOW_RENDER_PAUSE);
        }
        VideoProperties.Render settings = properties.render().oriented(request.orientation());
        BufferedImage still = coverScaled(readImage(request.characterImage()), settings.width(), settings.height());
        Mouth mouth = mouthOf(still);
        double[] loudness = LoudnessEnvelope.perFrame(request.audio(), settings.fps(), request.workDir());
        Path output = request.workDir().resolve("talking-head.mp4");
        ExternalCommand.run(encoderCommand(settings, request.audio(), output), Duration.ofMinutes(10),
                request.workDir(), stdin -> writeFrames(stdin, still, mouth, loudness, settings, request.progress()));
        return output;
    }

    private static List<String> encoderCommand(VideoProperties.Render settings, Path audio, Path output) {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-y", "-v", "error",
                "-f", "rawvideo", "-pix_fmt", "bgr24", "-s", settings.width() + "x" + settings.height(),
                "-r", Integer.toString(settings.fps()), "-i", "-",
                "-i", audio.toString(), "-map", "0:v", "-map", "1:a",
                "-c:v", "libx264", "-preset", settings.preset(), "-crf", Integer.toString(settings.crf()),
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k", "-ac", "1",
                "-shortest", "-movflags", "+faststart", output.toString()));
        return command;
    }

    /** The mouth of the face found in the still, or the demo portraits' mouth when there is none. */
    Mouth mouthOf(BufferedImage still) {
        return faces.detect(still)
                .map(face -> new Mouth(face.mouthX(), face.mouthY(), face.width() * MOUTH_SHARE_OF_FACE))
                .orElseGet(() -> {
                    log.info("No face found in the character image; the mouth goes where the demo portraits have it");
                    return DEFAULT_MOUTH;
                });
    }

    /** Reports progress at every fifth of the frames: enough to show movement, few enough for chat edits. */
    private static void writeFrames(OutputStream stdin, BufferedImage still, Mouth mouth, double[] loudness,
                                    VideoProperties.Render settings, RenderProgress progress) {
        int fifth = Math.max(1, loudness.length / 5);
        BufferedImage frame = new BufferedImage(settings.width(), settings.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        try {
            for (int i = 0; i < loudness.length; i++) {
                drawFrame(g, still, mouth, loudness[i], i / (double) settings.fps(), settings);
                stdin.write(pixels);
                if (i > 0 && i % fifth == 0) {
                    progress.report(Math.min(99, 100 * i / loudness.length), 0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
    }

    private static void drawFrame(Graphics2D g, BufferedImage still, Mouth mouth, double open, double seconds,
                                  VideoProperties.Render settings) {
        int w = settings.width();
        int h = settings.height();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, w, h);
        // slight head motion: a slow sway and nod around the mouth, a little livelier while speaking
        double sway = Math.toRadians(1.2 * Math.sin(seconds * 1.3) + 0.6 * open);
        double nod = 4 * Math.sin(seconds * 0.9) + 3 * open;
        AffineTransform saved = g.getTransform();
        g.rotate(sway, w * mouth.x(), h * mouth.y());
        g.translate(0, nod);
        g.drawImage(still, -8, -8, w + 16, h + 16, null);
        drawMouth(g, w * mouth.x(), h * mouth.y(), open, w * mouth.width());
        g.setTransform(saved);
    }

    /** {@code width}: the closed mouth's width in pixels; it narrows a little and opens up to ~70 % of it. */
    private static void drawMouth(Graphics2D g, double cx, double cy, double open, double width) {
        double mouthWidth = width * (1 - 0.15 * open);
        double mouthHeight = Math.max(2, width * 0.68 * open);
        g.setColor(new Color(70, 18, 24));
        g.fill(new Ellipse2D.Double(cx - mouthWidth / 2, cy - mouthHeight / 2, mouthWidth, mouthHeight));
        g.setColor(new Color(196, 84, 92));
        g.setStroke(new BasicStroke((float) (width * 0.073)));
        g.draw(new Ellipse2D.Double(cx - mouthWidth / 2, cy - mouthHeight / 2, mouthWidth, mouthHeight));
    }

    /** Scales the image to cover the frame and crops the overflow evenly, as a portrait video would. */
    private static BufferedImage coverScaled(BufferedImage source, int width, int height) {
        double scale = Math.max(width / (double) source.getWidth(), height / (double) source.getHeight());
        int scaledW = (int) Math.ceil(source.getWidth() * scale);
        int scaledH = (int) Math.ceil(source.getHeight() * scale);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(source, (width - scaledW) / 2, (height - scaledH) / 2, scaledW, scaledH, null);
        g.dispose();
        return out;
    }

    private static BufferedImage readImage(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalArgumentException("the character image is not a readable picture");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
