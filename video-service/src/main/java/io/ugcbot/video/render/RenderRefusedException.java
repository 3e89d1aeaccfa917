package io.ugcbot.video.render;

/**
 * A render that will not succeed if tried again (the provider refused the input, the key or the balance): the job
 * fails at once, and {@code forUser} is what the chat shows.
 */
public class RenderRefusedException extends RuntimeException {

    private final String forUser;

    public RenderRefusedException(String message, String forUser) {
        super(message);
        this.forUser = forUser;
    }

    public String forUser() {
        return forUser;
    }
}
