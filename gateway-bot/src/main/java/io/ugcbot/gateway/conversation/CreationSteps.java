package io.ugcbot.gateway.conversation;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.events.storage.FilePurpose;
import io.ugcbot.events.storage.ImportTelegramFile;
import io.ugcbot.events.tts.SpeechSynthesized;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.catalog.CharacterCatalog;
import io.ugcbot.gateway.catalog.VoiceOption;
import io.ugcbot.gateway.catalog.VoiceOptions;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.conversation.Input.Answer;
import io.ugcbot.gateway.conversation.Input.AnswerKind;
import io.ugcbot.gateway.conversation.Input.Tapped;
import io.ugcbot.gateway.generation.Generations;
import io.ugcbot.gateway.limits.PaidCall;
import io.ugcbot.gateway.limits.PaidCallLimit;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.telegram.Button;
import io.ugcbot.gateway.telegram.MessageKind;
import io.ugcbot.gateway.users.Users;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies an input to the user's session and carries out the step the rules chose: the reply, and the command to a
 * service when the step asks for one. Decides nothing itself; a paid call the hourly limit refuses is handed back to
 * the rules as {@link Input.Withdrawn}. The steps that answer a service's result are {@link ServiceAnswers}'.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CreationSteps {

    private final ChatSessions sessions;
    private final ChatRules rules;
    private final Galleries galleries;
    private final CharacterCatalog characters;
    private final VoiceOptions voices;
    private final Generations generations;
    private final OutboxWriter outbox;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final Keyboards keyboards;
    private final Users users;
    private final MessageCodec codec;
    private final GatewayProperties properties;
    private final PaidCallLimit paidCalls;
    private final Clock clock;

    CreationSteps(ChatSessions sessions, Galleries galleries, CharacterCatalog characters, VoiceOptions voices,
                  Generations generations, OutboxWriter outbox, Outgoing outgoing, Texts texts, Menus menus,
                  Keyboards keyboards, Users users, MessageCodec codec, GatewayProperties properties,
                  PaidCallLimit paidCalls, Clock clock) {
        this.rules = new ChatRules(properties.prices());
        this.sessions = sessions;
        this.galleries = galleries;
        this.characters = characters;
        this.voices = voices;
        this.generations = generations;
        this.outbox = outbox;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.keyboards = keyboards;
        this.users = users;
        this.codec = codec;
        this.properties = properties;
        this.paidCalls = paidCalls;
        this.clock = clock;
    }

    /**
     * Applies what the user did. A chat past its busy deadline moves on first (told why), so a lost answer never
     * keeps the user waiting.
     */
    public Outcome userInput(Chat chat, Input input) {
        ChatSession session = sessions.lock(chat.userId());
        carryOut(chat, session, new Input.Overdue(), session.apply(new Input.Overdue(), rules, clock.instant()));
        return apply(chat, session, input);
    }

    /** Applies a service's answer; the caller replies for the answer-specific steps. */
    Outcome answer(ChatSession session, Answer answer) {
        return apply(new Chat(session.userId(), null), session, answer);
    }

    /** The busy-deadline sweep's tick for one session. */
    void overdue(ChatSession session) {
        apply(new Chat(session.userId(), null), session, new Input.Overdue());
    }

    private Outcome apply(Chat chat, ChatSession session, Input input) {
        Optional<PaidCall> paid = paidCall(rules.decide(session, input).step());
        if (paid.isPresent() && overPaidCallLimit(session.userId(), paid.get())) {
            // refused before the session moves, so the script, the speech under review and the character stay for
            // after the wait; a service's answer cannot be refused that way, so its step is withdrawn instead
            return input instanceof Answer ? apply(chat, session, new Input.Withdrawn())
                    : new Outcome(session.state(), Step.NONE);
        }
        Outcome outcome = session.apply(input, rules, clock.instant());
        carryOut(chat, session, input, outcome);
        return outcome;
    }

    private void carryOut(Chat chat, ChatSession session, Input input, Outcome outcome) {
        long userId = session.userId();
        switch (outcome.step()) {
            case NONE, SHOW_SPEECH, SPEECH_TOO_LONG, SPEECH_FAILED, SHOW_EDITED, EDIT_FAILED, CLIP_REJECTED,
                 PHOTO_REJECTED -> {
                // nothing, or said by ServiceAnswers with the answer's details
            }
            case SHOW_MENU -> say(userId, welcomed(input) ? texts.get(userId, "welcome", name(chat),
                    properties.prices().cheapest()) : texts.get(userId, "menu"), menus.main(userId));
            case SHOW_MENU_VIDEO_COMING -> {
                if (welcomed(input)) {
                    say(userId, texts.get(userId, "welcome", name(chat), properties.prices().cheapest()), List.of());
                }
                say(userId, texts.get(userId, "video.still.coming"), menus.main(userId));
            }
            case CANCELLED -> say(userId, texts.get(userId, "cancelled"), menus.main(userId));
            case CANCELLED_VIDEO_COMING -> say(userId, texts.get(userId, "cancelled.video.still.coming"),
                    menus.main(userId));
            case NOTHING_TO_CANCEL -> say(userId, texts.get(userId, "nothing.to.cancel"), menus.main(userId));
            case NOTHING_TO_RESUME -> say(userId, texts.get(userId, "resume.nothing"), menus.main(userId));
            case ASK_OVERLAY_CLIP -> say(userId, texts.get(userId, "overlay.send", ChatRules.MAX_BACKGROUND_SECONDS,
                    ChatRules.MAX_BACKGROUND_MEGABYTES), keyboards.overlayClip(userId, session.hasClip()));
            case OVERDUE -> say(userId, texts.get(userId, "overdue"), menus.main(userId));
            case OVERDUE_VIDEO -> say(userId, texts.get(userId, "overdue.video"), menus.main(userId));
            case PLEASE_WAIT -> say(userId, texts.get(userId, "please.wait"), menus.cancel(userId));
            case NOT_NOW -> say(userId, texts.get(userId, "nothing.to.do"), menus.main(userId));
            case USE_MENU -> say(userId, texts.get(userId, "use.menu"), menus.main(userId));
            case SHOW_GENDERS -> say(userId, session.hasClip() ? texts.get(userId, "clip.kept")
                    : texts.get(userId, "choose.gender"), keyboards.genders(userId, !session.hasClip()));
            case CLIP_KEPT -> say(userId, texts.get(userId, "clip.kept"), keyboards.genders(userId, false));
            case SHOW_CHARACTERS -> galleries.characters(session, null);
            case TURN_CHARACTER_PAGE -> galleries.characters(session, chat.messageId());
            case SHOW_VOICES -> galleries.voices(session, null, true);
            case TURN_VOICE_PAGE -> galleries.voices(session, chat.messageId(), true);
            case PLAY_PREVIEW -> playPreview(userId, ((Tapped) input).argument());
            case ASK_EDIT_PROMPT -> say(userId, texts.get(userId, "edit.prompt"), menus.navigation(userId));
            case PROMPT_TOO_LONG -> say(userId, texts.get(userId, "edit.prompt.too.long",
                    ((Input.Typed) input).text().length(), ChatRules.MAX_PROMPT_CHARACTERS), menus.navigation(userId));
            case REQUEST_EDIT -> requestEdit(session, ((Input.Typed) input).text());
            case SHOW_ORIGINAL -> outgoing.media(userId, MessageKind.PHOTO, null, currentImage(session),
                    texts.get(userId, "edit.original"), keyboards.editedCharacter(userId));
            case ASK_SCRIPT -> say(userId, texts.get(userId, "type.script"), menus.navigation(userId));
            case SCRIPT_TOO_LONG -> say(userId, texts.get(userId, "script.too.long.chars",
                    ((Input.Typed) input).text().length(), ChatRules.MAX_SCRIPT_CHARACTERS), menus.navigation(userId));
            case REQUEST_SPEECH -> requestSpeech(session, input instanceof Tapped pace
                    ? Integer.parseInt(pace.argument()) : 100);
            case SHOW_REVIEW -> say(userId, texts.get(userId, "speech.review"),
                    keyboards.reviewSpeech(userId, session.hasClip()));
            case ASK_COST_CONFIRMATION -> say(userId, texts.get(userId, "cost.confirm", pendingCost(session),
                    users.balanceOf(userId)), keyboards.costConfirmation(userId));
            case ASK_BACKGROUND -> say(userId, texts.get(userId, "send.background", ChatRules.MAX_BACKGROUND_SECONDS,
                    ChatRules.MAX_BACKGROUND_MEGABYTES), clipKeyboard(session));
            case BACKGROUND_NOT_EXPECTED -> say(userId, texts.get(userId, "background.not.expected"),
                    menus.main(userId));
            case CLIP_TOO_BIG -> say(userId, texts.get(userId, "background.too.big",
                    String.format(Locale.ROOT, "%.1f", ((Input.VideoSent) input).sizeBytes() / 1048576.0),
                    ChatRules.MAX_BACKGROUND_MEGABYTES), clipKeyboard(session));
            case REQUEST_IMPORT -> {
                outbox.append(new ImportTelegramFile(session.importRequestId(), userId,
                        ((Input.VideoSent) input).fileId(), FilePurpose.BACKGROUND_VIDEO));
                say(userId, texts.get(userId, "background.checking"), menus.cancel(userId));
            }
            case START_GENERATION -> startGeneration(chat, session, input);
            case REQUEST_PHOTO_IMPORT -> {
                outbox.append(new ImportTelegramFile(session.importRequestId(), userId,
                        ((Input.PhotoSent) input).fileId(), FilePurpose.CHARACTER_IMAGE));
                say(userId, texts.get(userId, "photo.checking"), menus.cancel(userId));
            }
            case SHOW_OWN_PHOTO -> {
                outgoing.media(userId, MessageKind.PHOTO, null, currentImage(session),
                        texts.get(userId, "photo.accepted"), List.of());
                galleries.voices(session, null, true);
            }
            case PHOTO_NOT_EXPECTED -> say(userId, texts.get(userId, "photo.not.expected"), menus.main(userId));
        }
    }

    /** Waiting for a clip: at the review the video can still go without one; at the start, only back. */
    List<List<Button>> clipKeyboard(ChatSession session) {
        return session.hasSpeech() ? keyboards.withoutBackground(session.userId()) : menus.navigation(session.userId());
    }

    private void playPreview(long userId, String voiceId) {
        Optional<VoiceOption> voice = voices.find(voiceId).filter(option -> option.preview() != null);
        if (voice.isEmpty()) {
            say(userId, texts.get(userId, "unknown.button"), menus.main(userId));
            return;
        }
        outgoing.media(userId, MessageKind.AUDIO, null, voice.get().preview(),
                texts.get(userId, "voice.preview", voice.get().name()),
                List.of(List.of(io.ugcbot.gateway.chat.Action.VOICE.button(
                        texts.get(userId, "button.choose", voice.get().name()), voiceId))));
    }

    private void requestEdit(ChatSession session, String prompt) {
        long userId = session.userId();
        outbox.append(new EditImage(session.editRequestId(), userId, currentImage(session), prompt));
        say(userId, texts.get(userId, "editing"), menus.cancel(userId));
    }

    private void requestSpeech(ChatSession session, int pacePercent) {
        long userId = session.userId();
        String language = voices.find(session.voiceId()).map(VoiceOption::language).orElse("en");
        outbox.append(new SynthesizeSpeech(session.speechRequestId(), userId, session.voiceId(), session.script(),
                language, pacePercent));
        say(userId, texts.get(userId, "synthesizing"), menus.cancel(userId));
    }

    /**
     * The video from the reviewed speech: the talking head in the frame the user confirmed, or over the clip that was
     * just imported (always a 1080×1920 portrait).
     */
    private void startGeneration(Chat chat, ChatSession session, Input input) {
        long userId = session.userId();
        AssetRef image = currentImage(session);
        if (image == null) {
            // the catalog no longer has the character: nothing is charged, the user starts again
            apply(chat, session, Tapped.of(io.ugcbot.gateway.chat.Action.MENU));
            return;
        }
        // the clip just imported, or the one chosen at the start unless the user picked a talking-head frame instead
        String clip = input instanceof Answer answer && answer.kind() == AnswerKind.CLIP_IMPORTED ? answer.payload()
                : session.orientation() == null ? session.clip() : null;
        AssetRef background = clip == null ? null : codec.json().readValue(clip, AssetRef.class);
        VideoFormat format = background == null ? VideoFormat.TALKING_HEAD : VideoFormat.BACKGROUND_OVERLAY;
        Orientation orientation = background == null ? orientation(session) : Orientation.PORTRAIT;
        SpeechSynthesized speech = codec.json().readValue(session.speech(), SpeechSynthesized.class);
        GenerationRequested request = new GenerationRequested(session.generationId(), userId, format,
                session.characterId(), image, speech.audio(), speech.durationMs(), background,
                session.script(), speech.wordTimings(), properties.prices().of(format, orientation), orientation);
        generations.requested(request);
        outbox.append(request);
        outgoing.text(userId, Generations.progressKey(session.generationId()),
                texts.get(userId, "progress.requested"), List.of());
    }

    /**
     * The image the video will be made from: the last edit, the user's own photo, or the catalog's portrait. Null
     * without a character, or when the catalog no longer has it.
     */
    AssetRef currentImage(ChatSession session) {
        if (session.characterImage() != null) {
            return codec.json().readValue(session.characterImage(), AssetRef.class);
        }
        if (ChatSession.OWN_PHOTO.equals(session.characterId()) && session.ownPhoto() != null) {
            return codec.json().readValue(session.ownPhoto(), AssetRef.class);
        }
        return session.characterId() == null ? null
                : characters.find(session.characterId()).map(characters::portrait).orElse(null);
    }

    private int pendingCost(ChatSession session) {
        return session.pendingBackground() || session.hasClip() && session.orientation() == null
                ? properties.prices().background()
                : properties.prices().of(VideoFormat.TALKING_HEAD, orientation(session));
    }

    private static Orientation orientation(ChatSession session) {
        return session.orientation() == null ? Orientation.PORTRAIT : Orientation.valueOf(session.orientation());
    }

    private static Optional<PaidCall> paidCall(Step step) {
        return switch (step) {
            case REQUEST_SPEECH -> Optional.of(PaidCall.SPEECH);
            case REQUEST_EDIT -> Optional.of(PaidCall.EDIT);
            case START_GENERATION -> Optional.of(PaidCall.RENDER);
            default -> Optional.empty();
        };
    }

    /**
     * True when this paid call would pass the hourly limit: the user is told when the next is possible. Otherwise the
     * call is counted.
     */
    private boolean overPaidCallLimit(long userId, PaidCall call) {
        Optional<Duration> wait = paidCalls.tryCount(userId, call);
        if (wait.isEmpty()) {
            return false;
        }
        say(userId, texts.get(userId, "limit.reached", properties.maxPaidCallsPerHour(),
                Math.max(1, (wait.get().toSeconds() + 59) / 60)), menus.main(userId));
        return true;
    }

    private static boolean welcomed(Input input) {
        return input instanceof Tapped tapped && ConversationControls.WELCOME.equals(tapped.argument());
    }

    private static String name(Chat chat) {
        return chat.firstName() == null ? "" : chat.firstName();
    }

    private void say(long userId, String text, List<List<io.ugcbot.gateway.telegram.Button>> buttons) {
        outgoing.text(userId, null, text, buttons);
    }
}
