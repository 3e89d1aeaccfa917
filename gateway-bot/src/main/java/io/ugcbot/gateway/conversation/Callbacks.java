package io.ugcbot.gateway.conversation;

/** Callback data of the bot's buttons: short, since Telegram allows 64 bytes. */
public final class Callbacks {

    public static final String CREATE = "create";
    /** Shown while the chat waits for speech, an edit, a clip or a video: back to the menu at once. */
    public static final String CANCEL = "cancel";
    public static final String BALANCE = "balance";
    public static final String HISTORY = "history";
    public static final String FEEDBACK = "feedback";
    public static final String TOP_UP = "topup";
    public static final String GENDER = "gender:";
    public static final String CHARACTER = "char:";
    public static final String VOICE = "voice:";
    /** Change the character's image with a prompt. */
    public static final String EDIT = "edit";
    /** Back to the demo portrait after edits. */
    public static final String ORIGINAL = "original";
    /** Keep the character as it is now and go on to the voice. */
    public static final String USE_CHARACTER = "use";
    /** Play a voice's preview before choosing it. */
    public static final String LISTEN = "listen:";
    public static final String CONFIRM = "confirm";
    /** Confirm in another frame than portrait: {@code confirm-as:SQUARE}, {@code confirm-as:LANDSCAPE}. */
    public static final String CONFIRM_AS = "confirm-as:";
    /** Make the video over a clip of the user's own. */
    public static final String BACKGROUND = "background";
    public static final String RETEXT = "retext";
    /** Speak the same script again at the pace that follows, in percent (e.g. "pace:118"). */
    public static final String PACE = "pace:";

    private Callbacks() {
    }
}
