package io.ugcbot.edit.editing;

import io.ugcbot.kit.models.ProviderModel;

/** An image model that edits a picture as a prompt says; returns PNG bytes. */
public interface ProviderImageEditor {

    String name();

    /** The provider and model id it calls: what an unavailable model is reported and skipped by. */
    ProviderModel model();

    /** Throws {@link EditRefusedException} when the provider will not make it (its failure says why). */
    byte[] edit(byte[] png, String prompt);
}
