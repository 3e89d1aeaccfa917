package io.ugcbot.edit.editing;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.events.edit.ImageEditFailed;
import io.ugcbot.events.edit.ImageEdited;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Handles {@link EditImage}; the result's key is derived from the request id, so a repeat overwrites. */
@Service
public class ImageEditing {

    private static final Logger log = LoggerFactory.getLogger(ImageEditing.class);

    private final OfflineImageEditor editor;
    private final Optional<ProviderImageEditor> provider;
    private final AssetStore assets;
    private final OutboxWriter outbox;

    ImageEditing(OfflineImageEditor editor, EditorConfiguration.ProviderChoice choice, AssetStore assets,
                 OutboxWriter outbox) {
        this.editor = editor;
        this.provider = choice.provider();
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
        if (provider.isPresent()) {
            editByProvider(command, source, provider.get());
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

    /*
     * The provider call runs inside the listener's transaction (tens of seconds at most with OpenAI); moving it to a
     * persisted job like video-service's renders is the next step for edits.
     */
    private void editByProvider(EditImage command, BufferedImage source, ProviderImageEditor provider) {
        String prompt = command.prompt() == null ? "" : command.prompt().strip();
        if (prompt.isEmpty()) {
            outbox.append(new ImageEditFailed(command.requestId(), command.userId(), "say what to change"));
            return;
        }
        try {
            byte[] edited = provider.edit(encode(source), prompt);
            AssetRef image = assets.put("edits/" + command.requestId() + ".png", edited, "image/png");
            outbox.append(new ImageEdited(command.requestId(), command.userId(), image, command.source(),
                    List.of(prompt)));
        } catch (EditRefusedException e) {
            log.warn("Edit {} refused by {}: {}", command.requestId(), provider.name(), e.getMessage());
            outbox.append(new ImageEditFailed(command.requestId(), command.userId(), e.forUser()));
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
