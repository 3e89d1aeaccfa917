package io.ugcbot.edit.editing;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.edit.EditEvent;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.events.edit.ImageEditFailed;
import io.ugcbot.events.edit.ImageEdited;
import io.ugcbot.kit.assets.AssetStore;
import org.springframework.stereotype.Service;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Makes one edit and says how it went; no transaction (a provider may take a minute): the edit job records the
 * outcome. The result's key is derived from the request id, so a repeat overwrites.
 */
@Service
public class ImageEditing {

    private final EditorChain editors;
    private final AssetStore assets;

    ImageEditing(EditorChain editors, AssetStore assets) {
        this.editors = editors;
        this.assets = assets;
    }

    public EditEvent edit(EditImage command) {
        BufferedImage source = decode(assets.read(command.source()));
        if (source == null) {
            return new ImageEditFailed(command.requestId(), command.userId(),
                    Failure.of(FailureCode.IMAGE_UNREADABLE));
        }
        String prompt = command.prompt() == null ? "" : command.prompt().strip();
        if (prompt.isEmpty() && !editors.offlineOnly()) {
            return new ImageEditFailed(command.requestId(), command.userId(),
                    Failure.of(FailureCode.PROMPT_MISSING));
        }
        return switch (editors.edit(source, editors.offlineOnly() ? new byte[0] : encode(source), prompt)) {
            case EditorChain.Edited edited -> new ImageEdited(command.requestId(), command.userId(),
                    assets.put("edits/" + command.requestId() + ".png", edited.png(), "image/png"),
                    command.source(), edited.applied(), edited.standIn());
            case EditorChain.Refused refused -> new ImageEditFailed(command.requestId(), command.userId(),
                    refused.reason(), refused.failure());
        };
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }

    static byte[] encode(BufferedImage image) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
