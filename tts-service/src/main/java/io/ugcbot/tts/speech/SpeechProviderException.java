package io.ugcbot.tts.speech;

/** A speech provider refused or failed; {@code reasonForUser} is safe to show in the chat. */
public class SpeechProviderException extends RuntimeException {

    private final String reasonForUser;

    public SpeechProviderException(String message, String reasonForUser) {
        super(message);
        this.reasonForUser = reasonForUser;
    }

    public String reasonForUser() {
        return reasonForUser;
    }
}
