package io.ugcbot.gateway.conversation;

import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.gateway.GatewayProperties.Prices;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.conversation.Input.Answer;
import io.ugcbot.gateway.conversation.Input.AnswerKind;
import io.ugcbot.gateway.conversation.Input.Tapped;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static io.ugcbot.gateway.conversation.ChatState.*;

/**
 * The conversation's rules in one place: from where a chat is and what came in, the state it moves to and the step that
 * follows. Pure: no database, no Telegram, no clock; {@link ChatSession} applies the outcome and
 * {@link CreationSteps} carries out the step. Every state × input is pinned by {@code ChatRulesTest}'s table.
 */
public final class ChatRules {

    /** 15 s of speech is roughly 250 characters; far longer scripts are refused before any synthesis. */
    public static final int MAX_SCRIPT_CHARACTERS = 600;
    /** Providers accept far longer prompts; a description longer than this was almost surely pasted by mistake. */
    public static final int MAX_PROMPT_CHARACTERS = 800;
    public static final int MAX_BACKGROUND_SECONDS = 15;
    public static final int MAX_BACKGROUND_MEGABYTES = 20;
    static final long MAX_BACKGROUND_BYTES = MAX_BACKGROUND_MEGABYTES * 1024L * 1024L;
    /** The pace a too-long speech may be spoken again at, in percent. */
    static final int MIN_PACE = 100;
    static final int MAX_PACE = 200;

    /** The buttons the conversation answers; the rest belong to other features and never touch the session. */
    public static final Set<Action> ACTIONS = EnumSet.of(Action.CREATE, Action.MENU, Action.BACK, Action.CANCEL,
            Action.RESUME, Action.GENDER, Action.PAGE, Action.CHARACTER, Action.EDIT, Action.ORIGINAL, Action.USE_CHARACTER,
            Action.VOICE, Action.LISTEN, Action.RETEXT, Action.PACE, Action.CONFIRM, Action.CONFIRM_AS,
            Action.BACKGROUND, Action.CONFIRM_COST);

    /** What the rules need to know about a session beyond its state. */
    public interface Facts {
        ChatState state();

        boolean hasCharacter();

        boolean hasEditedImage();

        boolean hasScript();

        boolean hasSpeech();

        /** True when the confirmed-but-not-yet-sure choice is the background format. */
        boolean pendingBackground();

        /** True when the user's clip was imported at the start (the format chosen first): the video goes over it. */
        boolean hasClip();

        /** True when {@code requestId} is the one the chat's busy state waits for. */
        boolean awaits(UUID requestId);

        /** Busy past the state's deadline. */
        boolean overdue();
    }

    private final Prices prices;

    public ChatRules(Prices prices) {
        this.prices = prices;
    }

    public Outcome decide(Facts facts, Input input) {
        ChatState state = facts.state();
        return switch (input) {
            case Input.Overdue overdue -> state.isBusy() && facts.overdue()
                    ? to(IDLE, state == GENERATING ? Step.OVERDUE_VIDEO : Step.OVERDUE) : stay(state, Step.NONE);
            // the video an imported clip was waiting for passed the hourly limit: back to the review, clip forgotten
            case Input.Withdrawn withdrawn -> state == IMPORTING_BACKGROUND ? to(REVIEWING_SPEECH, Step.NONE)
                    : stay(state, Step.NONE);
            case Answer answer -> answered(facts, answer);
            case Input.Typed typed -> typed(state, typed.text());
            case Input.VideoSent video -> state.isBusy() ? stay(state, Step.PLEASE_WAIT)
                    : state != WAITING_BACKGROUND ? stay(state, Step.BACKGROUND_NOT_EXPECTED)
                    : video.sizeBytes() != null && video.sizeBytes() > MAX_BACKGROUND_BYTES
                    ? stay(state, Step.CLIP_TOO_BIG) : to(IMPORTING_BACKGROUND, Step.REQUEST_IMPORT);
            // /overlay: the last video's character, speech and clip, waiting for a clip (or the same one)
            case Input.OverlayAgain again -> state.isBusy() ? stay(state, Step.PLEASE_WAIT)
                    : to(WAITING_BACKGROUND, Step.ASK_OVERLAY_CLIP);
            // a photo of one's own as the character, while a character is being chosen
            case Input.PhotoSent photo -> state.isBusy() ? stay(state, Step.PLEASE_WAIT)
                    : state == CHOOSING_GENDER || state == CHOOSING_CHARACTER
                    ? to(CHECKING_PHOTO, Step.REQUEST_PHOTO_IMPORT) : stay(state, Step.PHOTO_NOT_EXPECTED);
            case Tapped tapped -> tapped(facts, tapped);
        };
    }

    private Outcome tapped(Facts facts, Tapped tapped) {
        ChatState state = facts.state();
        switch (tapped.action()) {
            case MENU:
                return to(IDLE, state == GENERATING ? Step.SHOW_MENU_VIDEO_COMING : Step.SHOW_MENU);
            case CANCEL:
                return !state.isBusy() ? stay(state, Step.NOTHING_TO_CANCEL)
                        : to(IDLE, state == GENERATING ? Step.CANCELLED_VIDEO_COMING : Step.CANCELLED);
            case LISTEN:
                // a sample changes nothing, so it plays whatever the chat is doing
                return stay(state, Step.PLAY_PREVIEW);
            case RESUME:
                return stay(state, resumed(state));
            default:
                break;
        }
        if (state.isBusy()) {
            return stay(state, Step.PLEASE_WAIT);
        }
        return switch (tapped.action()) {
            case CREATE -> to(CHOOSING_GENDER, Step.SHOW_GENDERS);
            case BACK -> back(facts);
            case GENDER -> state == CHOOSING_CHARACTER ? stay(state, Step.TURN_CHARACTER_PAGE)
                    : to(CHOOSING_CHARACTER, Step.SHOW_CHARACTERS);
            case PAGE -> page(state, tapped.argument());
            case CHARACTER -> to(CHOOSING_VOICE, Step.SHOW_VOICES);
            case EDIT -> state == CHOOSING_VOICE ? to(WAITING_EDIT_PROMPT, Step.ASK_EDIT_PROMPT) : notNow(state);
            case ORIGINAL -> state == CHOOSING_VOICE && facts.hasEditedImage()
                    ? stay(state, Step.SHOW_ORIGINAL) : notNow(state);
            case USE_CHARACTER -> state == CHOOSING_VOICE ? stay(state, Step.SHOW_VOICES) : notNow(state);
            case VOICE -> facts.hasCharacter() ? to(WAITING_SCRIPT, Step.ASK_SCRIPT) : notNow(state);
            case RETEXT -> EnumSet.of(WAITING_SCRIPT, REVIEWING_SPEECH, CONFIRMING_COST, WAITING_BACKGROUND)
                    .contains(state) ? to(WAITING_SCRIPT, Step.ASK_SCRIPT) : notNow(state);
            case PACE -> state == WAITING_SCRIPT && facts.hasScript() && validPace(tapped.argument())
                    ? to(SYNTHESIZING, Step.REQUEST_SPEECH) : notNow(state);
            case CONFIRM, CONFIRM_AS -> EnumSet.of(REVIEWING_SPEECH, WAITING_BACKGROUND, CONFIRMING_COST).contains(state)
                    && facts.hasSpeech() ? confirmed(prices.isHigh(cost(facts, tapped))) : notNow(state);
            // the seed's format choice at the start: the clip first, then the character, voice and script
            case BACKGROUND -> state == CHOOSING_GENDER && !facts.hasClip() ? to(WAITING_BACKGROUND, Step.ASK_BACKGROUND)
                    : EnumSet.of(REVIEWING_SPEECH, CONFIRMING_COST).contains(state) && facts.hasSpeech()
                    ? prices.isHigh(prices.background()) ? to(CONFIRMING_COST, Step.ASK_COST_CONFIRMATION)
                    : to(WAITING_BACKGROUND, Step.ASK_BACKGROUND)
                    : notNow(state);
            case CONFIRM_COST -> state != CONFIRMING_COST ? notNow(state)
                    : facts.pendingBackground() ? to(WAITING_BACKGROUND, Step.ASK_BACKGROUND)
                    : to(GENERATING, Step.START_GENERATION);
            default -> throw new IllegalArgumentException(tapped.action() + " is not the conversation's");
        };
    }

    private static Outcome back(Facts facts) {
        return switch (facts.state()) {
            case IDLE, CHOOSING_GENDER -> to(IDLE, Step.SHOW_MENU);
            case CHOOSING_CHARACTER -> to(CHOOSING_GENDER, Step.SHOW_GENDERS);
            case CHOOSING_VOICE -> to(CHOOSING_CHARACTER, Step.SHOW_CHARACTERS);
            case WAITING_EDIT_PROMPT, WAITING_SCRIPT -> to(CHOOSING_VOICE, Step.SHOW_VOICES);
            case REVIEWING_SPEECH -> to(WAITING_SCRIPT, Step.ASK_SCRIPT);
            case CONFIRMING_COST -> to(REVIEWING_SPEECH, Step.SHOW_REVIEW);
            case WAITING_BACKGROUND -> facts.hasSpeech() ? to(REVIEWING_SPEECH, Step.SHOW_REVIEW)
                    : to(CHOOSING_GENDER, Step.SHOW_GENDERS);
            default -> stay(facts.state(), Step.PLEASE_WAIT);
        };
    }

    /** /resume: the step the chat is at, shown again (a gallery as a new message); a wait says it is still on. */
    private static Step resumed(ChatState state) {
        return switch (state) {
            case IDLE -> Step.NOTHING_TO_RESUME;
            case CHOOSING_GENDER -> Step.SHOW_GENDERS;
            case CHOOSING_CHARACTER -> Step.SHOW_CHARACTERS;
            case CHOOSING_VOICE -> Step.SHOW_VOICES;
            case WAITING_EDIT_PROMPT -> Step.ASK_EDIT_PROMPT;
            case WAITING_SCRIPT -> Step.ASK_SCRIPT;
            case REVIEWING_SPEECH -> Step.SHOW_REVIEW;
            case CONFIRMING_COST -> Step.ASK_COST_CONFIRMATION;
            case WAITING_BACKGROUND -> Step.ASK_BACKGROUND;
            case SYNTHESIZING, EDITING, IMPORTING_BACKGROUND, CHECKING_PHOTO, GENERATING -> Step.PLEASE_WAIT;
        };
    }

    /** A gallery's page turns only while that gallery is the open step; an older gallery's arrows say so. */
    private static Outcome page(ChatState state, String argument) {
        if (state == CHOOSING_CHARACTER && argument.startsWith(Gallery.CHARACTERS.prefix())) {
            return stay(state, Step.TURN_CHARACTER_PAGE);
        }
        if (state == CHOOSING_VOICE && argument.startsWith(Gallery.VOICES.prefix())) {
            return stay(state, Step.TURN_VOICE_PAGE);
        }
        return notNow(state);
    }

    private static Outcome confirmed(boolean expensive) {
        return expensive ? to(CONFIRMING_COST, Step.ASK_COST_CONFIRMATION) : to(GENERATING, Step.START_GENERATION);
    }

    private static Outcome typed(ChatState state, String text) {
        if (state.isBusy()) {
            return stay(state, Step.PLEASE_WAIT);
        }
        return switch (state) {
            case WAITING_EDIT_PROMPT -> text.length() > MAX_PROMPT_CHARACTERS ? stay(state, Step.PROMPT_TOO_LONG)
                    : to(EDITING, Step.REQUEST_EDIT);
            case WAITING_SCRIPT, REVIEWING_SPEECH, CONFIRMING_COST -> text.length() > MAX_SCRIPT_CHARACTERS
                    ? stay(state, Step.SCRIPT_TOO_LONG) : to(SYNTHESIZING, Step.REQUEST_SPEECH);
            case WAITING_BACKGROUND -> stay(state, Step.ASK_BACKGROUND);
            default -> stay(state, Step.USE_MENU);
        };
    }

    private static Outcome answered(Facts facts, Answer answer) {
        ChatState state = facts.state();
        if (state != awaitedIn(answer.kind()) || !facts.awaits(answer.requestId())) {
            return stay(state, Step.NONE);
        }
        return switch (answer.kind()) {
            case SPEECH_READY -> to(REVIEWING_SPEECH, Step.SHOW_SPEECH);
            case SPEECH_TOO_LONG -> to(WAITING_SCRIPT, Step.SPEECH_TOO_LONG);
            case SPEECH_FAILED -> to(WAITING_SCRIPT, Step.SPEECH_FAILED);
            case EDIT_DONE -> to(CHOOSING_VOICE, Step.SHOW_EDITED);
            case EDIT_FAILED -> to(CHOOSING_VOICE, Step.EDIT_FAILED);
            case CLIP_IMPORTED -> facts.hasSpeech() ? to(GENERATING, Step.START_GENERATION)
                    : to(CHOOSING_GENDER, Step.CLIP_KEPT);
            case CLIP_REJECTED -> to(WAITING_BACKGROUND, Step.CLIP_REJECTED);
            case PHOTO_ACCEPTED -> to(CHOOSING_VOICE, Step.SHOW_OWN_PHOTO);
            case PHOTO_REJECTED -> to(CHOOSING_GENDER, Step.PHOTO_REJECTED);
            case VIDEO_ENDED -> to(IDLE, Step.NONE);
            case VIDEO_REFUSED -> to(REVIEWING_SPEECH, Step.NONE);
        };
    }

    private static ChatState awaitedIn(AnswerKind kind) {
        return switch (kind) {
            case SPEECH_READY, SPEECH_TOO_LONG, SPEECH_FAILED -> SYNTHESIZING;
            case EDIT_DONE, EDIT_FAILED -> EDITING;
            case CLIP_IMPORTED, CLIP_REJECTED -> IMPORTING_BACKGROUND;
            case PHOTO_ACCEPTED, PHOTO_REJECTED -> CHECKING_PHOTO;
            case VIDEO_ENDED, VIDEO_REFUSED -> GENERATING;
        };
    }

    /**
     * The price of the video a confirm button asks for: over the clip chosen first, unless the user picked a
     * talking-head frame instead; an unknown frame is refused before the rules.
     */
    private int cost(Facts facts, Tapped tapped) {
        if (facts.hasClip() && tapped.action() == Action.CONFIRM) {
            return prices.background();
        }
        Orientation orientation = tapped.action() == Action.CONFIRM_AS
                ? Orientation.valueOf(tapped.argument()) : Orientation.PORTRAIT;
        return prices.of(VideoFormat.TALKING_HEAD, orientation);
    }

    static boolean validPace(String argument) {
        try {
            int pace = Integer.parseInt(argument);
            return pace >= MIN_PACE && pace <= MAX_PACE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Outcome notNow(ChatState state) {
        return stay(state, Step.NOT_NOW);
    }

    private static Outcome to(ChatState next, Step step) {
        return new Outcome(next, step);
    }

    private static Outcome stay(ChatState state, Step step) {
        return new Outcome(state, step);
    }
}
