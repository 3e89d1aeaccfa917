package io.ugcbot.edit.editing;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.events.edit.ImageEditFailed;
import io.ugcbot.events.edit.ImageEdited;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Handles {@link EditImage}; the result's key is derived from the request id, so a repeat overwrites. */
@Service
public class ImageEditing {

    private final OfflineImageEditor editor;
    private final AssetStore assets;
    private final OutboxWriter outbox;

    ImageEditing(OfflineImageEditor editor, AssetStore assets, OutboxWriter outbox) {
        this.editor = editor;
        this.assets = assets;
        this.outbox = outbox;
    }

    @Transactional
    public void edit(EditImage command) {
        BufferedImage source = decode(assets.read(command.source()));
        if (source == null) {
            outbox.append(new ImageEditFailed(command.requestId(), command.userId(), "the image could not be read"));
            return;
        }
        OfflineImageEditor.Edited edited = editor.edit(source, command.prompt() == null ? "" : command.prompt());
        if (edited.applied().isEmpty()) {
            outbox.append(new ImageEditFailed(command.requestId(), command.userId(),
                    "no edit understood; this editor knows: " + String.join(", ", OfflineImageEditor.vocabulary())));
            return;
        }
        AssetRef image = assets.put("edits/" + command.requestId() + ".png", encode(edited.image()), "image/png");
        outbox.append(new ImageEdited(command.requestId(), command.userId(), image, command.source(),
                edited.applied()));
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] encode(BufferedImage image) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
