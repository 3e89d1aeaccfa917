package io.ugcbot.edit.editing;

/** The provider will not make this edit (content policy, quota, key); {@code forUser} is what the chat shows. */
public class EditRefusedException extends RuntimeException {

    private final String forUser;

    public EditRefusedException(String message, String forUser) {
        super(message);
        this.forUser = forUser;
    }

    public String forUser() {
        return forUser;
    }
}
