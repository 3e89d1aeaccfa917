package io.ugcbot.gateway.conversation;

import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.events.tts.SpeechSynthesized;
import io.ugcbot.gateway.catalog.CharacterCatalog;
import io.ugcbot.gateway.catalog.VoiceOptions;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.ButtonHandler;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.CommandHandler;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Tap;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.conversation.Input.Tapped;
import io.ugcbot.gateway.generation.Generations;
import io.ugcbot.gateway.outgoing.Outgoing;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conversation's buttons and commands. An argument is checked against the catalog here (a character or voice
 * the catalog no longer has gets a plain answer); everything else is the rules' to decide.
 */
@Component
class ConversationControls implements ButtonHandler, CommandHandler {

    /** The MENU argument of /start: the menu with the welcome instead of the short "what next". */
    static final String WELCOME = "welcome";

    private final CreationSteps steps;
    private final CharacterCatalog characters;
    private final VoiceOptions voices;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final Generations generations;
    private final MessageCodec codec;

    ConversationControls(CreationSteps steps, CharacterCatalog characters, VoiceOptions voices, Outgoing outgoing,
                         Texts texts, Menus menus, Generations generations, MessageCodec codec) {
        this.generations = generations;
        this.codec = codec;
        this.steps = steps;
        this.characters = characters;
        this.voices = voices;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Set<Action> actions() {
        return ChatRules.ACTIONS;
    }

    @Override
    public void tapped(Chat chat, Tap tap) {
        if (!known(tap)) {
            outgoing.text(chat.userId(), null, texts.get(chat.userId(), "unknown.button"), menus.main(chat.userId()));
            return;
        }
        steps.userInput(chat, new Tapped(tap.action(), tap.argument()));
    }

    private boolean known(Tap tap) {
        return switch (tap.action()) {
            case CHARACTER -> characters.find(tap.argument()).isPresent();
            case VOICE, LISTEN -> voices.find(tap.argument()).isPresent();
            case GENDER -> tap.argument().equals("FEMALE") || tap.argument().equals("MALE");
            case CONFIRM_AS -> Arrays.stream(Orientation.values()).anyMatch(o -> o.name().equals(tap.argument()));
            default -> true;
        };
    }

    @Override
    public List<String> commands() {
        return List.of("/start", "/create", "/main", "/menu", "/cancel", "/resume", "/overlay");
    }

    @Override
    public List<String> listed() {
        return List.of("/create", "/main", "/cancel", "/resume", "/overlay");
    }

    @Override
    public void command(Chat chat, String command, String argument) {
        if (command.equals("/overlay")) {
            overlay(chat);
            return;
        }
        Tapped input = switch (command) {
            case "/start" -> new Tapped(Action.MENU, WELCOME);
            case "/create" -> Tapped.of(Action.CREATE);
            case "/cancel" -> Tapped.of(Action.CANCEL);
            case "/resume" -> Tapped.of(Action.RESUME);
            default -> Tapped.of(Action.MENU);
        };
        steps.userInput(chat, input);
    }

    /**
     * The last video that arrived, made again over a clip: its image, speech and script go back into the session, so
     * video-service finds the talking head it kept and only composites (a new video, paid like one).
     */
    private void overlay(Chat chat) {
        Optional<GenerationRequested> last = generations.lastDelivered(chat.userId());
        if (last.isEmpty()) {
            outgoing.text(chat.userId(), null, texts.get(chat.userId(), "overlay.none"), menus.main(chat.userId()));
            return;
        }
        GenerationRequested request = last.get();
        String speech = codec.encode(new SpeechSynthesized(request.generationId(), request.userId(), request.audio(),
                request.audioDurationMs(), request.wordTimings()));
        steps.userInput(chat, new Input.OverlayAgain(request.characterId(),
                codec.json().writeValueAsString(request.character()), request.script(), speech,
                request.background() == null ? null : codec.json().writeValueAsString(request.background())));
    }
}
