package io.ugcbot.gateway.conversation;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.Ids;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.events.tts.SpeechSynthesized;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.catalog.CharacterCatalog;
import io.ugcbot.gateway.catalog.DemoCharacter;
import io.ugcbot.gateway.catalog.VoiceOption;
import io.ugcbot.gateway.catalog.VoiceOptions;
import io.ugcbot.gateway.generation.Generations;
import io.ugcbot.gateway.limits.PaidCall;
import io.ugcbot.gateway.limits.PaidCallLimit;
import io.ugcbot.gateway.outgoing.Button;
import io.ugcbot.gateway.outgoing.MessageKind;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.users.Users;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The steps of making a video, each a state change plus the replies and commands it causes. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CreationFlow {

    /** 15 s of speech is roughly 250 characters; far longer scripts are refused before any synthesis. */
    static final int MAX_SCRIPT_CHARACTERS = 600;
    static final int MAX_BACKGROUND_SECONDS = 15;
    static final int MAX_BACKGROUND_MEGABYTES = 20;

    private final ChatSessions sessions;
    private final Users users;
    private final CharacterCatalog characters;
    private final VoiceOptions voices;
    private final CharacterEdits edits;
    private final Generations generations;
    private final OutboxWriter outbox;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final MessageCodec codec;
    private final GatewayProperties properties;
    private final PaidCallLimit paidCalls;
    private final Clock clock;

    CreationFlow(ChatSessions sessions, Users users, CharacterCatalog characters, VoiceOptions voices,
                 Generations generations, OutboxWriter outbox, Outgoing outgoing, Texts texts, Menus menus,
                 MessageCodec codec, GatewayProperties properties, CharacterEdits edits, PaidCallLimit paidCalls,
                 Clock clock) {
        this.paidCalls = paidCalls;
        this.edits = edits;
        this.sessions = sessions;
        this.users = users;
        this.characters = characters;
        this.voices = voices;
        this.generations = generations;
        this.outbox = outbox;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.codec = codec;
        this.properties = properties;
        this.clock = clock;
    }

    /** Always back to the menu, even while waiting: a video being made still arrives, and is paid once. */
    void start(long userId, String firstName) {
        ChatSession session = sessions.lock(userId);
        boolean videoUnderWay = session.state() == ChatState.GENERATING;
        session.reset(clock.instant());
        outgoing.text(userId, null, texts.get(userId, "welcome", firstName == null ? "" : firstName,
                properties.generationCost()), menus.main(userId));
        if (videoUnderWay) {
            outgoing.text(userId, null, texts.get(userId, "video.still.coming"), List.of());
        }
    }

    /**
     * "Cancel" while waiting: the chat is back at the menu at once. What was being made is not recalled: a late speech,
     * edit or clip is ignored (the session no longer waits for its request id), a late video is still delivered and
     * paid for once.
     */
    void cancel(long userId) {
        ChatSession session = sessions.lock(userId);
        if (!session.state().isBusy()) {
            outgoing.text(userId, null, texts.get(userId, "nothing.to.do"), menus.main(userId));
            return;
        }
        boolean videoUnderWay = session.state() == ChatState.GENERATING;
        session.reset(clock.instant());
        outgoing.text(userId, null, texts.get(userId, videoUnderWay ? "cancelled.video.still.coming" : "cancelled"),
                menus.main(userId));
    }

    /**
     * A chat past its busy deadline (the answer it waits for was lost, or is very late) moves on: back at the menu,
     * told why. Called by {@link BusyDeadlines} and before any action of the user's.
     */
    void moveOnIfOverdue(ChatSession session) {
        if (!session.state().isBusy() || session.isBusyAt(clock.instant())) {
            return;
        }
        boolean videoUnderWay = session.state() == ChatState.GENERATING;
        session.reset(clock.instant());
        outgoing.text(session.userId(), null, texts.get(session.userId(),
                videoUnderWay ? "overdue.video" : "overdue"), menus.main(session.userId()));
    }

    void chooseGender(long userId) {
        ChatSession session = sessions.lock(userId);
        if (refuseWhileBusy(session)) {
            return;
        }
        session.reset(clock.instant());
        session.moveTo(ChatState.CHOOSING_GENDER, clock.instant());
        outgoing.text(userId, null, texts.get(userId, "choose.gender"), menus.genders(userId));
    }

    void showCharacters(long userId, String genderName) {
        ChatSession session = sessions.lock(userId);
        if (refuseWhileBusy(session)) {
            return;
        }
        DemoCharacter.Gender gender = "MALE".equals(genderName) ? DemoCharacter.Gender.MALE : DemoCharacter.Gender.FEMALE;
        session.moveTo(ChatState.CHOOSING_CHARACTER, clock.instant());
        String language = users.languageOf(userId);
        outgoing.text(userId, null, texts.get(userId, "choose.character"), List.of());
        for (DemoCharacter character : characters.byGender(gender)) {
            outgoing.media(userId, MessageKind.PHOTO, null, characters.portrait(character),
                    texts.get(userId, "character.caption", character.name(language), character.age()),
                    List.of(List.of(new Button(texts.get(userId, "button.choose", character.name(language)),
                            Callbacks.CHARACTER + character.id()))));
        }
    }

    void chooseCharacter(long userId, String characterId) {
        ChatSession session = sessions.lock(userId);
        if (refuseWhileBusy(session)) {
            return;
        }
        if (characters.find(characterId).isEmpty()) {
            outgoing.text(userId, null, texts.get(userId, "unknown.button"), menus.main(userId));
            return;
        }
        List<VoiceOption> catalog = voices.all();
        if (catalog.isEmpty()) {
            outgoing.text(userId, null, texts.get(userId, "voices.not.ready"), menus.main(userId));
            return;
        }
        session.chooseCharacter(characterId, clock.instant());
        outgoing.text(userId, null, texts.get(userId, "choose.voice"), menus.voicesOrEdit(userId, catalog));
    }

    /** After editing: on to the voice with the character as it is now. */
    void useCharacter(long userId) {
        ChatSession session = sessions.lock(userId);
        List<VoiceOption> catalog = voices.all();
        if (session.state() != ChatState.CHOOSING_VOICE || catalog.isEmpty()) {
            outgoing.text(userId, null, texts.get(userId, "nothing.to.do"), menus.main(userId));
            return;
        }
        outgoing.text(userId, null, texts.get(userId, "choose.voice"), menus.voices(userId, catalog));
    }

    /** The voice's sample as an audio message, with a button to take it; Telegram keeps it, so it is uploaded once. */
    void playVoicePreview(long userId, String voiceId) {
        Optional<VoiceOption> voice = voices.find(voiceId).filter(option -> option.preview() != null);
        if (voice.isEmpty()) {
            outgoing.text(userId, null, texts.get(userId, "unknown.button"), menus.main(userId));
            return;
        }
        outgoing.media(userId, MessageKind.AUDIO, null, voice.get().preview(),
                texts.get(userId, "voice.preview", voice.get().name()),
                List.of(List.of(new Button(texts.get(userId, "button.choose", voice.get().name()),
                        Callbacks.VOICE + voiceId))));
    }

    void chooseVoice(long userId, String voiceId) {
        ChatSession session = sessions.lock(userId);
        if (refuseWhileBusy(session)) {
            return;
        }
        if (voices.find(voiceId).isEmpty() || session.characterId() == null) {
            outgoing.text(userId, null, texts.get(userId, "unknown.button"), menus.main(userId));
            return;
        }
        session.chooseVoice(voiceId, clock.instant());
        outgoing.text(userId, null, texts.get(userId, "type.script"), List.of());
    }

    /** The last script again at the pace the too-long answer offered; ignored unless that answer is current. */
    void speakFaster(long userId, String pacePercent) {
        ChatSession session = sessions.lock(userId);
        int pace;
        try {
            pace = Integer.parseInt(pacePercent);
        } catch (NumberFormatException e) {
            pace = -1;
        }
        if (session.state() != ChatState.WAITING_SCRIPT || session.script() == null || pace < 100 || pace > 200) {
            outgoing.text(userId, null, texts.get(userId, "nothing.to.do"), menus.main(userId));
            return;
        }
        requestSpeech(session, session.script(), pace);
    }

    void askForScript(long userId) {
        ChatSession session = sessions.lock(userId);
        if (session.state() != ChatState.REVIEWING_SPEECH && session.state() != ChatState.WAITING_SCRIPT) {
            outgoing.text(userId, null, texts.get(userId, "nothing.to.do"), menus.main(userId));
            return;
        }
        session.moveTo(ChatState.WAITING_SCRIPT, clock.instant());
        outgoing.text(userId, null, texts.get(userId, "type.script"), List.of());
    }

    void onText(long userId, String text) {
        ChatSession session = sessions.lock(userId);
        moveOnIfOverdue(session);
        switch (session.state()) {
            case WAITING_SCRIPT, REVIEWING_SPEECH -> requestSpeech(session, text, 100);
            case SYNTHESIZING, EDITING, IMPORTING_BACKGROUND, GENERATING ->
                    outgoing.text(userId, null, texts.get(userId, "please.wait"), menus.cancel(userId));
            case WAITING_BACKGROUND -> outgoing.text(userId, null, texts.get(userId, "send.background",
                    MAX_BACKGROUND_SECONDS, MAX_BACKGROUND_MEGABYTES), menus.withoutBackground(userId));
            default -> outgoing.text(userId, null, texts.get(userId, "use.menu"), menus.main(userId));
        }
    }

    private void requestSpeech(ChatSession session, String text, int pacePercent) {
        long userId = session.userId();
        if (text.length() > MAX_SCRIPT_CHARACTERS) {
            outgoing.text(userId, null, texts.get(userId, "script.too.long.chars", text.length(),
                    MAX_SCRIPT_CHARACTERS), List.of());
            return;
        }
        if (overPaidCallLimit(userId, PaidCall.SPEECH)) {
            return;
        }
        UUID requestId = Ids.next();
        String language = voices.find(session.voiceId()).map(VoiceOption::language).orElse("en");
        session.speechRequested(text, requestId, clock.instant());
        outbox.append(new SynthesizeSpeech(requestId, userId, session.voiceId(), text, language, pacePercent));
        outgoing.text(userId, null, texts.get(userId, "synthesizing"), menus.cancel(userId));
    }

    /** The talking head alone, in the frame the user picked; also "without a clip" while one is awaited. */
    void confirm(long userId, Orientation orientation) {
        ChatSession session = sessions.lock(userId);
        if (refuseWhileBusy(session)) {
            return;
        }
        boolean reviewed = session.state() == ChatState.REVIEWING_SPEECH
                || session.state() == ChatState.WAITING_BACKGROUND;
        if (!reviewed || !startGeneration(session, VideoFormat.TALKING_HEAD, null, orientation)) {
            outgoing.text(userId, null, texts.get(userId, "nothing.to.do"), menus.main(userId));
        }
    }

    /** The speech is confirmed for the background format: the user's clip comes next. */
    void askForBackground(long userId) {
        ChatSession session = sessions.lock(userId);
        if (session.state() != ChatState.REVIEWING_SPEECH || session.speech() == null) {
            outgoing.text(userId, null, texts.get(userId, "nothing.to.do"), menus.main(userId));
            return;
        }
        session.moveTo(ChatState.WAITING_BACKGROUND, clock.instant());
        outgoing.text(userId, null, texts.get(userId, "send.background", MAX_BACKGROUND_SECONDS,
                MAX_BACKGROUND_MEGABYTES), menus.withoutBackground(userId));
    }

    /**
     * Starts the video from the reviewed speech; false when the session lacks it. The caller has checked the state.
     * The background format is always a 1080×1920 portrait; only a talking head comes in other frames.
     */
    boolean startGeneration(ChatSession session, VideoFormat format, AssetRef background, Orientation orientation) {
        long userId = session.userId();
        Optional<DemoCharacter> character = Optional.ofNullable(session.characterId()).flatMap(characters::find);
        if (session.speech() == null || character.isEmpty()) {
            return false;
        }
        if (overPaidCallLimit(userId, PaidCall.RENDER)) {
            // the user may confirm the same speech again once the hour allows
            session.moveTo(ChatState.REVIEWING_SPEECH, clock.instant());
            return true;
        }
        SpeechSynthesized speech = codec.json().readValue(session.speech(), SpeechSynthesized.class);
        UUID generationId = Ids.next();
        GenerationRequested request = new GenerationRequested(generationId, userId, format,
                character.get().id(), edits.currentImage(session), speech.audio(), speech.durationMs(),
                background, session.script(), speech.wordTimings(), properties.generationCost(), orientation);
        session.generationStarted(generationId, clock.instant());
        generations.requested(request);
        outbox.append(request);
        outgoing.text(userId, Generations.progressKey(generationId), texts.get(userId, "progress.requested"),
                List.of());
        return true;
    }

    /**
     * True, and the user told when the next one is possible, when this paid call would pass the hourly limit;
     * otherwise the call is counted.
     */
    boolean overPaidCallLimit(long userId, PaidCall call) {
        Optional<java.time.Duration> wait = paidCalls.tryCount(userId, call);
        wait.ifPresent(duration -> outgoing.text(userId, null, texts.get(userId, "limit.reached",
                properties.maxPaidCallsPerHour(), Math.max(1, (duration.toSeconds() + 59) / 60)), menus.main(userId)));
        return wait.isPresent();
    }

    /** True (and the user asked to wait, with a way out) while the chat waits for an answer within its deadline. */
    private boolean refuseWhileBusy(ChatSession session) {
        moveOnIfOverdue(session);
        if (session.state().isBusy()) {
            outgoing.text(session.userId(), null, texts.get(session.userId(), "please.wait"),
                    menus.cancel(session.userId()));
            return true;
        }
        return false;
    }
}
