package io.ugcbot.gateway.catalog;

import io.ugcbot.events.Ids;
import io.ugcbot.events.tts.ReloadVoices;
import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.CommandHandler;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code /reloadcatalog}, for admins: reads the character manifest again and says what it found or what is wrong
 * with it (each gateway instance reads it at start; this reloads the instance that received the command), and asks
 * tts-service to read its voice manifest again ({@code ReloadVoices}), whose answer comes back as the catalog it
 * publishes.
 */
@Component
class CatalogCommands implements CommandHandler {

    private final GatewayProperties properties;
    private final CharacterCatalog characters;
    private final Outgoing outgoing;
    private final Texts texts;
    private final OutboxWriter outbox;

    CatalogCommands(GatewayProperties properties, CharacterCatalog characters, Outgoing outgoing, Texts texts,
                    OutboxWriter outbox) {
        this.outbox = outbox;
        this.properties = properties;
        this.characters = characters;
        this.outgoing = outgoing;
        this.texts = texts;
    }

    @Override
    public List<String> commands() {
        return List.of("/reloadcatalog");
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public void command(Chat chat, String command, String argument) {
        long adminId = chat.userId();
        CharacterCatalog.Reload result = characters.reload();
        String text = result.problem() != null
                ? texts.get(adminId, "catalog.invalid", properties.catalogManifestKey(), result.problem())
                : result.fromManifest()
                ? texts.get(adminId, "catalog.loaded", result.characters(), properties.catalogManifestKey())
                : texts.get(adminId, "catalog.demo", result.characters(), properties.catalogManifestKey());
        outgoing.text(adminId, null, text, List.of());
        // the voices are tts-service's: it reads its manifest and republishes; the admin hears back from it
        outbox.append(new ReloadVoices(Ids.next(), adminId));
    }
}
