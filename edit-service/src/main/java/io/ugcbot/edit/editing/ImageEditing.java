package io.ugcbot.edit.editing;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.AssetRef;
import io.ugcbot.events.edit.EditEvent;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.events.edit.ImageEditFailed;
import io.ugcbot.events.edit.ImageEdited;
import io.ugcbot.kit.assets.AssetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Makes one edit and says how it went; no transaction (a provider may take a minute): the edit job records the
 * outcome. The result's key is derived from the request id, so a repeat overwrites.
 */
@Service
public class ImageEditing {

    private static final Logger log = LoggerFactory.getLogger(ImageEditing.class);

    private final OfflineImageEditor editor;
    private final Optional<ProviderImageEditor> provider;
    private final AssetStore assets;

    ImageEditing(OfflineImageEditor editor, EditorConfiguration.ProviderChoice choice, AssetStore assets) {
        this.editor = editor;
        this.provider = choice.provider();
        this.assets = assets;
    }

    public EditEvent edit(EditImage command) {
        BufferedImage source = decode(assets.read(command.source()));
        if (source == null) {
            return new ImageEditFailed(command.requestId(), command.userId(),
                    Failure.of(FailureCode.IMAGE_UNREADABLE));
        }
        if (provider.isPresent()) {
            return editByProvider(command, source, provider.get());
        }
        OfflineImageEditor.Edited edited = editor.edit(source, command.prompt() == null ? "" : command.prompt());
        if (edited.applied().isEmpty()) {
            return new ImageEditFailed(command.requestId(), command.userId(),
                    "no edit understood; this editor knows: " + String.join(", ", OfflineImageEditor.vocabulary()),
                    Failure.of(FailureCode.PROMPT_NOT_UNDERSTOOD));
        }
        AssetRef image = assets.put("edits/" + command.requestId() + ".png", encode(edited.image()), "image/png");
        return new ImageEdited(command.requestId(), command.userId(), image, command.source(), edited.applied());
    }

    private EditEvent editByProvider(EditImage command, BufferedImage source, ProviderImageEditor provider) {
        String prompt = command.prompt() == null ? "" : command.prompt().strip();
        if (prompt.isEmpty()) {
            return new ImageEditFailed(command.requestId(), command.userId(),
                    Failure.of(FailureCode.PROMPT_MISSING));
        }
        try {
            byte[] edited = provider.edit(encode(source), prompt);
            AssetRef image = assets.put("edits/" + command.requestId() + ".png", edited, "image/png");
            return new ImageEdited(command.requestId(), command.userId(), image, command.source(), List.of(prompt));
        } catch (EditRefusedException e) {
            log.warn("Edit {} refused by {}: {}", command.requestId(), provider.name(), e.getMessage());
            return new ImageEditFailed(command.requestId(), command.userId(), e.failure());
        }
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
