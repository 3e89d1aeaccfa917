package io.ugcbot.gateway.chat;

import io.ugcbot.gateway.GatewayProperties;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hands a tap or a command to the feature that registered it. Built once at start: an action without a handler, or
 * an action or command claimed twice, stops the gateway from starting rather than leaving a button that does nothing.
 */
@Component
public class ChatRouter {

    private final Map<Action, ButtonHandler> buttons = new EnumMap<>(Action.class);
    private final Map<String, CommandHandler> commands = new HashMap<>();
    private final List<String> listed = new ArrayList<>();

    private final Set<Long> adminIds;

    public ChatRouter(List<ButtonHandler> buttonHandlers, List<CommandHandler> commandHandlers,
                      GatewayProperties properties) {
        this.adminIds = properties.adminIds();
        for (ButtonHandler handler : buttonHandlers) {
            for (Action action : handler.actions()) {
                ButtonHandler before = buttons.put(action, handler);
                if (before != null) {
                    throw new IllegalStateException(action + " is claimed by " + name(before) + " and " + name(handler));
                }
            }
        }
        for (Action action : Action.values()) {
            if (!buttons.containsKey(action)) {
                throw new IllegalStateException("No feature answers the button " + action);
            }
        }
        for (CommandHandler handler : commandHandlers) {
            for (String command : handler.commands()) {
                CommandHandler before = commands.put(command, handler);
                if (before != null) {
                    throw new IllegalStateException(command + " is claimed by " + name(before) + " and " + name(handler));
                }
            }
            listed.addAll(handler.listed());
        }
    }

    /** False for callback data this build does not know (a button from a much older release). */
    public boolean tap(Chat chat, String data) {
        Optional<Tap> tap = Action.parse(data);
        tap.ifPresent(t -> buttons.get(t.action()).tapped(chat, t));
        return tap.isPresent();
    }

    /** False when the text is not a registered command; {@code /cmd@botname args} is understood too. */
    public boolean command(Chat chat, String text) {
        if (!text.startsWith("/")) {
            return false;
        }
        String[] parts = text.split("\\s+", 2);
        String command = parts[0].contains("@") ? parts[0].substring(0, parts[0].indexOf('@')) : parts[0];
        CommandHandler handler = commands.get(command.toLowerCase(java.util.Locale.ROOT));
        if (handler == null || handler.adminOnly() && !adminIds.contains(chat.userId())) {
            return false;
        }
        handler.command(chat, command.toLowerCase(java.util.Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
        return true;
    }

    /** The commands for Telegram's menu, in registration order. */
    public List<String> listedCommands() {
        return Collections.unmodifiableList(listed);
    }

    private static String name(Object handler) {
        return handler.getClass().getSimpleName();
    }
}
