package io.ugcbot.gateway.chat;

import io.ugcbot.gateway.telegram.Button;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every button the bot shows, by what it asks for. The wire form is the callback data: a fixed word, or a prefix and an
 * argument ({@code char:anna}); Telegram allows 64 bytes. Which feature answers an action is not decided here: each
 * feature registers a {@link ButtonHandler} for its own actions, and {@link ChatRouter} refuses to start when an action
 * has no handler or two.
 */
public enum Action {
    // navigation, on every step
    CREATE("create"),
    MENU("menu"),
    BACK("back"),
    CANCEL("cancel"),
    /** /resume: the unfinished step shown again. */
    RESUME("resume"),
    // the video, step by step
    GENDER("gender:"),
    /** Turns a gallery's page: {@code page:3}. */
    PAGE("page:"),
    CHARACTER("char:"),
    EDIT("edit"),
    ORIGINAL("original"),
    USE_CHARACTER("use"),
    VOICE("voice:"),
    LISTEN("listen:"),
    RETEXT("retext"),
    PACE("pace:"),
    CONFIRM("confirm"),
    /** Confirm in another frame than portrait: {@code confirm-as:SQUARE}. */
    CONFIRM_AS("confirm-as:"),
    BACKGROUND("background"),
    /** The second confirmation of an expensive video. */
    CONFIRM_COST("sure"),
    // everything else
    BALANCE("balance"),
    TOP_UP("topup"),
    /** A Stars package chosen: {@code buy:<credits>x<stars>}. */
    BUY("buy:"),
    HISTORY("history"),
    HISTORY_PAGE("hpage:"),
    AGAIN("again:"),
    LINK("link:"),
    FEEDBACK("feedback"),
    PROFILE("profile"),
    HELP("help");

    private final String wire;

    Action(String wire) {
        this.wire = wire;
    }

    public boolean takesArgument() {
        return wire.endsWith(":");
    }

    /** The callback data of this action with {@code argument} (ignored for an action that takes none). */
    public String data(Object argument) {
        return takesArgument() ? wire + argument : wire;
    }

    public String data() {
        return data("");
    }

    public Button button(String label) {
        return new Button(label, data());
    }

    public Button button(String label, Object argument) {
        return new Button(label, data(argument));
    }

    /** Longest prefix first, so {@code confirm-as:} is not read as {@code confirm}. */
    private static final List<Action> BY_WIRE_LENGTH = Arrays.stream(values())
            .sorted(Comparator.comparingInt((Action a) -> a.wire.length()).reversed()).toList();

    /** The tap a button's callback data stands for; empty for data this build does not know. */
    public static Optional<Tap> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        for (Action action : BY_WIRE_LENGTH) {
            if (action.takesArgument() ? data.startsWith(action.wire) && data.length() > action.wire.length()
                    : data.equals(action.wire)) {
                return Optional.of(new Tap(action, action.takesArgument() ? data.substring(action.wire.length()) : ""));
            }
        }
        return Optional.empty();
    }
}
