package io.ugcbot.video.render;

import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.video.VideoProperties;

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
 * The mouth sits where the demo portraits draw it; locating it by face detection comes with arbitrary images.
 */
public class OfflineTalkingHeadRenderer implements TalkingHeadRenderer {

    /** Where the demo portraits' mouths are, as a fraction of the image's width and height. */
    static final double MOUTH_X = 0.5;
    static final double MOUTH_Y = 0.64;

    /** The demo portraits' face centre (between the eyes and the mouth). */
    private static final FacePosition FACE = new FacePosition(0.5, 0.56);

    private final VideoProperties properties;

    public OfflineTalkingHeadRenderer(VideoProperties properties) {
        this.properties = properties;
    }

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
        VideoProperties.Render settings = properties.render();
        BufferedImage still = coverScaled(readImage(request.characterImage()), settings.width(), settings.height());
        double[] loudness = LoudnessEnvelope.perFrame(request.audio(), settings.fps(), request.workDir());
        Path output = request.workDir().resolve("talking-head.mp4");
        ExternalCommand.run(encoderCommand(settings, request.audio(), output), Duration.ofMinutes(10),
                request.workDir(), stdin -> writeFrames(stdin, still, loudness, settings));
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

    private static void writeFrames(OutputStream stdin, BufferedImage still, double[] loudness,
                                    VideoProperties.Render settings) {
        BufferedImage frame = new BufferedImage(settings.width(), settings.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        try {
            for (int i = 0; i < loudness.length; i++) {
                drawFrame(g, still, loudness[i], i / (double) settings.fps(), settings);
                stdin.write(pixels);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
    }

    private static void drawFrame(Graphics2D g, BufferedImage still, double open, double seconds,
                                  VideoProperties.Render settings) {
        int w = settings.width();
        int h = settings.height();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, w, h);
        // slight head motion: a slow sway and nod around the mouth, a little livelier while speaking
        double sway = Math.toRadians(1.2 * Math.sin(seconds * 1.3) + 0.6 * open);
        double nod = 4 * Math.sin(seconds * 0.9) + 3 * open;
        AffineTransform saved = g.getTransform();
        g.rotate(sway, w * MOUTH_X, h * MOUTH_Y);
        g.translate(0, nod);
        g.drawImage(still, -8, -8, w + 16, h + 16, null);
        drawMouth(g, w * MOUTH_X, h * MOUTH_Y, open, w);
        g.setTransform(saved);
    }

    private static void drawMouth(Graphics2D g, double cx, double cy, double open, int width) {
        double mouthWidth = width * 0.11 * (1 - 0.15 * open);
        double mouthHeight = Math.max(2, width * 0.075 * open);
        g.setColor(new Color(70, 18, 24));
        g.fill(new Ellipse2D.Double(cx - mouthWidth / 2, cy - mouthHeight / 2, mouthWidth, mouthHeight));
        g.setColor(new Color(196, 84, 92));
        g.setStroke(new BasicStroke((float) (width * 0.008)));
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
