package io.ugcbot.edit.editing;

/** An image model that edits a picture as a prompt says; returns PNG bytes. */
public interface ProviderImageEditor {

    String name();

    byte[] edit(byte[] png, String prompt);
}
