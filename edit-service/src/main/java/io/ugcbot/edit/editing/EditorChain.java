package io.ugcbot.edit.editing;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.kit.models.ProviderCalls;
import io.ugcbot.kit.models.ProviderModel;
import io.ugcbot.kit.models.ProviderModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The editors to try, in order: the configured provider models, then (with {@code EDIT_PROVIDER=auto}) the offline
 * editor as a stand-in. A model the provider says is missing or retired is reported (health, admins' alert) and the
 * next one takes the edit; it is skipped for an hour after, so each edit does not pay the round trip again. Any other
 * refusal (content policy, quota) is the answer: another model would not be more right to ignore it.
 */
class EditorChain {

    /** How an edit ended: the PNG and what was applied, or why not. */
    sealed interface Outcome permits Edited, Refused {
    }

    /** {@code standIn}: the offline editor made it because every configured model was unavailable. */
    record Edited(byte[] png, List<String> applied, boolean standIn) implements Outcome {
    }

    record Refused(Failure failure, String reason) implements Outcome {
    }

    private static final Logger log = LoggerFactory.getLogger(EditorChain.class);
    /** The offline editor, as it appears in the provider-call metrics. */
    private static final ProviderModel OFFLINE = new ProviderModel("offline", "image-editor");

    private final List<ProviderImageEditor> providers;
    private final OfflineImageEditor offline;
    private final boolean offlineStandsIn;
    private final ProviderModels models;
    private final ProviderCalls calls;

    EditorChain(List<ProviderImageEditor> providers, OfflineImageEditor offline, boolean offlineStandsIn,
                ProviderModels models, ProviderCalls calls) {
        this.providers = List.copyOf(providers);
        this.offline = offline;
        this.offlineStandsIn = offlineStandsIn;
        this.models = models;
        this.calls = calls;
        this.providers.forEach(provider -> models.register(provider.model()));
    }

    /** True when only the offline editor is configured (it reads prompts by its own vocabulary). */
    boolean offlineOnly() {
        return providers.isEmpty();
    }

    List<ProviderImageEditor> providers() {
        return providers;
    }

    Outcome edit(BufferedImage source, byte[] png, String prompt) {
        if (providers.isEmpty()) {
            return offline(source, prompt, false);
        }
        for (ProviderImageEditor provider : providers) {
            if (!models.usable(provider.model())) {
                continue;
            }
            try {
                byte[] edited = calls.timed(provider.model(), () -> provider.edit(png, prompt),
                        e -> e instanceof EditRefusedException refused ? refused.failure().code().name()
                                : e.getClass().getSimpleName());
                models.worked(provider.model());
                return new Edited(edited, List.of(prompt), false);
            } catch (EditRefusedException e) {
                if (e.failure().code() != FailureCode.MODEL_UNAVAILABLE) {
                    log.warn("Edit refused by {}: {}", provider.name(), e.getMessage());
                    return new Refused(e.failure(), e.getMessage());
                }
                models.unavailable(provider.model(), e.getMessage());
            }
        }
        if (offlineStandsIn) {
            Outcome standIn = offline(source, prompt, true);
            if (standIn instanceof Edited) {
                return standIn;
            }
        }
        return new Refused(Failure.of(FailureCode.MODEL_UNAVAILABLE), "no configured image model is available");
    }

    private Outcome offline(BufferedImage source, String prompt, boolean standIn) {
        OfflineImageEditor.Edited edited = calls.timed(OFFLINE, () -> offline.edit(source, prompt),
                e -> e.getClass().getSimpleName());
        if (edited.applied().isEmpty()) {
            return new Refused(Failure.of(FailureCode.PROMPT_NOT_UNDERSTOOD),
                    "no edit understood; this editor knows: " + String.join(", ", OfflineImageEditor.vocabulary()));
        }
        return new Edited(ImageEditing.encode(edited.image()), edited.applied(), standIn);
    }
}
