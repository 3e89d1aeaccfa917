package io.ugcbot.gateway.conversation;

import io.ugcbot.gateway.GatewayProperties.Prices;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.conversation.Input.Answer;
import io.ugcbot.gateway.conversation.Input.AnswerKind;
import io.ugcbot.gateway.conversation.Input.Tapped;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state × every input against the table in {@code conversation-table.txt}: the next state and the step (the
 * reply). The table is the conversation's specification: a change to the rules shows up as a changed row here, and
 * a new state or input fails the test until the table has its rows.
 */
class ChatRulesTest {

    /** Landscape is expensive (at the threshold), everything else is not. */
    private static final ChatRules RULES = new ChatRules(new Prices(1, 1, 3, 2, 3));
    private static final UUID CURRENT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID OLDER = UUID.fromString("00000000-0000-0000-0000-000000000002");

    /** An input as a table row names it, with the facts it is judged under when they differ from the usual. */
    private record Row(String name, Input input, boolean overdue) {
    }

    private static List<Row> inputs() {
        List<Row> rows = new ArrayList<>();
        for (Action action : ChatRules.ACTIONS) {
            String argument = switch (action) {
                case GENDER -> "MALE";
                case PAGE -> "c2";
                case CHARACTER -> "anna";
                case VOICE, LISTEN -> "en-female-1";
                case PACE -> "120";
                case CONFIRM_AS -> "SQUARE";
                default -> "";
            };
            rows.add(new Row("tap " + action.data(argument), new Tapped(action, argument), false));
        }
        rows.add(new Row("tap page:v1", new Tapped(Action.PAGE, "v1"), false));
        // commands are taps (/create = create, /cancel = cancel, /resume = resume, /main = menu), but /start's welcome
        rows.add(new Row("/start", new Tapped(Action.MENU, ConversationControls.WELCOME), false));
        rows.add(new Row("tap confirm-as:LANDSCAPE (costly)", new Tapped(Action.CONFIRM_AS, "LANDSCAPE"), false));
        rows.add(new Row("text", new Input.Typed("Hello there"), false));
        rows.add(new Row("text too long", new Input.Typed("x".repeat(ChatRules.MAX_PROMPT_CHARACTERS + 1)), false));
        rows.add(new Row("video", new Input.VideoSent("clip", 1_000_000L), false));
        rows.add(new Row("video too big", new Input.VideoSent("clip", 30_000_000L), false));
        rows.add(new Row("photo", new Input.PhotoSent("photo"), false));
        for (AnswerKind kind : AnswerKind.values()) {
            rows.add(new Row("answer " + kind, new Answer(kind, CURRENT, "{}"), false));
        }
        rows.add(new Row("late answer SPEECH_READY", new Answer(AnswerKind.SPEECH_READY, OLDER, "{}"), false));
        rows.add(new Row("withdrawn", new Input.Withdrawn(), false));
        rows.add(new Row("/overlay (last video again)", new Input.OverlayAgain("anna", "{}", "Hi", "{}", "{}"), false));
        rows.add(new Row("clock, in time", new Input.Overdue(), false));
        rows.add(new Row("clock, overdue", new Input.Overdue(), true));
        return rows;
    }

    /** A session with everything chosen (character, edit, script, speech), waiting for {@link #CURRENT}. */
    private static ChatRules.Facts facts(ChatState state, boolean overdue) {
        return new ChatRules.Facts() {
            public ChatState state() {
                return state;
            }

            public boolean hasCharacter() {
                return true;
            }

            public boolean hasEditedImage() {
                return true;
            }

            public boolean hasScript() {
                return true;
            }

            public boolean hasSpeech() {
                return true;
            }

            public boolean pendingBackground() {
                return false;
            }

            public boolean hasClip() {
                return false;
            }

            public boolean awaits(UUID requestId) {
                return CURRENT.equals(requestId);
            }

            public boolean overdue() {
                return overdue;
            }
        };
    }

    @Test
    void everyStateAndInputMovesAsTheTableSays() throws IOException {
        Map<String, String> expected = table();
        List<String> actual = new ArrayList<>();
        for (ChatState state : ChatState.values()) {
            for (Row row : inputs()) {
                Outcome outcome = RULES.decide(facts(state, row.overdue()), row.input());
                actual.add(line(state.name(), row.name(), outcome.next().name(), outcome.step().name()));
            }
        }
        assertThat(actual).hasSize(ChatState.values().length * inputs().size());
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected.values()));
    }

    @Test
    void aChoiceThatNeedsAnEarlierOneIsRefusedWithoutIt() {
        ChatRules.Facts nothingChosen = new ChatRules.Facts() {
            public ChatState state() {
                return ChatState.CHOOSING_VOICE;
            }

            public boolean hasCharacter() {
                return false;
            }

            public boolean hasEditedImage() {
                return false;
            }

            public boolean hasScript() {
                return false;
            }

            public boolean hasSpeech() {
                return false;
            }

            public boolean pendingBackground() {
                return false;
            }

            public boolean hasClip() {
                return false;
            }

            public boolean awaits(UUID requestId) {
                return false;
            }

            public boolean overdue() {
                return false;
            }
        };
        assertThat(RULES.decide(nothingChosen, new Tapped(Action.VOICE, "en-female-1")).step()).isEqualTo(Step.NOT_NOW);
        assertThat(RULES.decide(nothingChosen, Tapped.of(Action.ORIGINAL)).step()).isEqualTo(Step.NOT_NOW);
    }

    @Test
    void theSecondYesOfACostlyBackgroundVideoAsksForTheClip() {
        ChatRules costlyBackground = new ChatRules(new Prices(1, 1, 1, 5, 5));
        ChatSession session = new ChatSession(7);
        java.time.Instant now = java.time.Instant.parse("2026-12-02T00:00:00Z");
        session.apply(Tapped.of(Action.CREATE), costlyBackground, now);
        session.apply(new Tapped(Action.GENDER, "FEMALE"), costlyBackground, now);
        session.apply(new Tapped(Action.CHARACTER, "anna"), costlyBackground, now);
        session.apply(new Tapped(Action.VOICE, "en-female-1"), costlyBackground, now);
        session.apply(new Input.Typed("Hello"), costlyBackground, now);
        session.apply(new Answer(AnswerKind.SPEECH_READY, session.speechRequestId(), "{}"), costlyBackground, now);

        assertThat(session.apply(Tapped.of(Action.BACKGROUND), costlyBackground, now))
                .isEqualTo(new Outcome(ChatState.CONFIRMING_COST, Step.ASK_COST_CONFIRMATION));
        assertThat(session.apply(Tapped.of(Action.CONFIRM_COST), costlyBackground, now))
                .isEqualTo(new Outcome(ChatState.WAITING_BACKGROUND, Step.ASK_BACKGROUND));
    }

    @Test
    void aClipChosenFirstIsImportedBeforeTheCharacterAndTheVideoGoesOverIt() {
        ChatRules costlyBackground = new ChatRules(new Prices(1, 1, 1, 5, 5));
        ChatSession session = new ChatSession(7);
        java.time.Instant now = java.time.Instant.parse("2026-12-02T00:00:00Z");
        session.apply(Tapped.of(Action.CREATE), costlyBackground, now);

        assertThat(session.apply(Tapped.of(Action.BACKGROUND), costlyBackground, now))
                .isEqualTo(new Outcome(ChatState.WAITING_BACKGROUND, Step.ASK_BACKGROUND));
        assertThat(session.apply(Tapped.of(Action.BACK), costlyBackground, now))
                .as("back from the clip, before any speech: the format choice again")
                .isEqualTo(new Outcome(ChatState.CHOOSING_GENDER, Step.SHOW_GENDERS));
        session.apply(Tapped.of(Action.BACKGROUND), costlyBackground, now);
        session.apply(new Input.VideoSent("clip", 1_000L), costlyBackground, now);
        assertThat(session.apply(new Answer(AnswerKind.CLIP_IMPORTED, session.importRequestId(), "{\"key\":\"c\"}"),
                costlyBackground, now)).isEqualTo(new Outcome(ChatState.CHOOSING_GENDER, Step.CLIP_KEPT));
        assertThat(session.hasClip()).isTrue();
        assertThat(session.apply(Tapped.of(Action.BACKGROUND), costlyBackground, now).step())
                .as("the clip is chosen already").isEqualTo(Step.NOT_NOW);

        session.apply(new Tapped(Action.GENDER, "FEMALE"), costlyBackground, now);
        session.apply(new Tapped(Action.CHARACTER, "anna"), costlyBackground, now);
        session.apply(new Tapped(Action.VOICE, "en-female-1"), costlyBackground, now);
        session.apply(new Input.Typed("Hello"), costlyBackground, now);
        session.apply(new Answer(AnswerKind.SPEECH_READY, session.speechRequestId(), "{}"), costlyBackground, now);
        assertThat(session.apply(Tapped.of(Action.CONFIRM), costlyBackground, now))
                .as("the video over the clip costs the background price, at the threshold here")
                .isEqualTo(new Outcome(ChatState.CONFIRMING_COST, Step.ASK_COST_CONFIRMATION));
        assertThat(session.apply(Tapped.of(Action.CONFIRM_COST), costlyBackground, now))
                .isEqualTo(new Outcome(ChatState.GENERATING, Step.START_GENERATION));
        assertThat(session.hasClip()).isTrue();
    }

    private static Map<String, String> table() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = ChatRulesTest.class.getResourceAsStream("/conversation-table.txt")) {
            assertThat(in).as("conversation-table.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                rows.put(cells[0].strip() + "|" + cells[1].strip(),
                        line(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
            }
        }
        return rows;
    }

    private static String line(String state, String input, String next, String step) {
        return String.format("%-20s | %-34s | %-20s | %s", state, input, next, step);
    }

    /** Prints the table as the rules have it now, to review a change row by row. */
    public static void main(String[] args) {
        System.out.println("# state | input | next state | step (reply)");
        for (ChatState state : ChatState.values()) {
            for (Row row : inputs()) {
                Outcome outcome = RULES.decide(facts(state, row.overdue()), row.input());
                System.out.println(line(state.name(), row.name(), outcome.next().name(), outcome.step().name()));
            }
            System.out.println();
        }
    }
}
