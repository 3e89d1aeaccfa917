package io.ugcbot.gateway.conversation;

import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.gateway.catalog.VoiceOption;
import io.ugcbot.gateway.outgoing.Button;
import org.springframework.stereotype.Component;

import java.util.List;

/** The keyboards the bot shows, labelled in the user's language. */
@Component
public class Menus {

    private final Texts texts;

    Menus(Texts texts) {
        this.texts = texts;
    }

    public List<List<Button>> main(long userId) {
        return List.of(List.of(new Button(texts.get(userId, "button.create"), Callbacks.CREATE)),
                List.of(new Button(texts.get(userId, "button.balance"), Callbacks.BALANCE),
                        new Button(texts.get(userId, "button.history"), Callbacks.HISTORY)),
                List.of(new Button(texts.get(userId, "button.feedback"), Callbacks.FEEDBACK)));
    }

    /** The main menu with a way to ask for more credits first: under the balance, and when credits ran short. */
    public List<List<Button>> mainWithTopUp(long userId) {
        List<List<Button>> rows = new java.util.ArrayList<>();
        rows.add(List.of(new Button(texts.get(userId, "button.topup"), Callbacks.TOP_UP)));
        rows.addAll(main(userId));
        return rows;
    }

    /** Under every "please wait": the way out of a wait that takes too long. */
    public List<List<Button>> cancel(long userId) {
        return List.of(List.of(new Button(texts.get(userId, "button.cancel"), Callbacks.CANCEL)));
    }

    List<List<Button>> genders(long userId) {
        return List.of(List.of(new Button(texts.get(userId, "button.female"), Callbacks.GENDER + "FEMALE"),
                new Button(texts.get(userId, "button.male"), Callbacks.GENDER + "MALE")));
    }

    /** After a too-long speech: say it faster at the pace that fits, or write a shorter text. */
    List<List<Button>> fasterOrShorter(long userId, int pacePercent) {
        return List.of(List.of(new Button(texts.get(userId, "button.faster", pacePercent),
                        Callbacks.PACE + pacePercent),
                new Button(texts.get(userId, "button.retext"), Callbacks.RETEXT)));
    }

    /** A row per voice: choose it, or hear its sample first. */
    List<List<Button>> voices(long userId, List<VoiceOption> catalog) {
        return catalog.stream().map(voice -> voice.preview() == null
                ? List.of(new Button(voice.label(), Callbacks.VOICE + voice.id()))
                : List.of(new Button(voice.label(), Callbacks.VOICE + voice.id()),
                        new Button(texts.get(userId, "button.listen"), Callbacks.LISTEN + voice.id()))).toList();
    }

    /** The voice menu, with a way to edit the character first. */
    List<List<Button>> voicesOrEdit(long userId, List<VoiceOption> catalog) {
        List<List<Button>> rows = new java.util.ArrayList<>(voices(userId, catalog));
        rows.add(List.of(new Button(texts.get(userId, "button.edit"), Callbacks.EDIT)));
        return rows;
    }

    /** Under an edited (or restored) character. */
    List<List<Button>> editedCharacter(long userId) {
        return List.of(List.of(new Button(texts.get(userId, "button.use"), Callbacks.USE_CHARACTER),
                        new Button(texts.get(userId, "button.edit.again"), Callbacks.EDIT)),
                List.of(new Button(texts.get(userId, "button.original"), Callbacks.ORIGINAL)));
    }

    /** After an edit that could not be made: try another wording, or go on with the character as it is. */
    List<List<Button>> editFailed(long userId) {
        return List.of(List.of(new Button(texts.get(userId, "button.edit.again"), Callbacks.EDIT),
                new Button(texts.get(userId, "button.use"), Callbacks.USE_CHARACTER)));
    }

    List<List<Button>> reviewSpeech(long userId) {
        return List.of(List.of(new Button(texts.get(userId, "button.confirm"), Callbacks.CONFIRM),
                        new Button(texts.get(userId, "button.background"), Callbacks.BACKGROUND)),
                List.of(new Button(texts.get(userId, "button.square"), Callbacks.CONFIRM_AS + Orientation.SQUARE),
                        new Button(texts.get(userId, "button.landscape"),
                                Callbacks.CONFIRM_AS + Orientation.LANDSCAPE)),
                List.of(new Button(texts.get(userId, "button.retext"), Callbacks.RETEXT)));
    }

    /** While a clip is awaited: go without one after all. */
    List<List<Button>> withoutBackground(long userId) {
        return List.of(List.of(new Button(texts.get(userId, "button.without.background"), Callbacks.CONFIRM)));
    }
}
