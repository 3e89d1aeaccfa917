package io.ugcbot.gateway.catalog;

import io.ugcbot.events.tts.VoiceCatalogPublished;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** tts-service's list of the voices shown: applied to the voice options, and told to the admin who reloaded it. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class VoiceCatalogUpdates {

    private final VoiceOptions voices;
    private final Outgoing outgoing;
    private final Texts texts;

    VoiceCatalogUpdates(VoiceOptions voices, Outgoing outgoing, Texts texts) {
        this.voices = voices;
        this.outgoing = outgoing;
        this.texts = texts;
    }

    public void published(VoiceCatalogPublished catalog) {
        voices.catalogPublished(catalog);
        long admin = catalog.requestedBy();
        if (admin != 0) {
            outgoing.text(admin, "voices:" + catalog.reloadId(), catalog.problem() == null
                    ? texts.get(admin, "voices.reloaded", catalog.shown().size())
                    : texts.get(admin, "voices.invalid", catalog.problem()), List.of());
        }
    }
}
