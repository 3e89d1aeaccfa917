package io.ugcbot.gateway.chat;

import io.ugcbot.gateway.telegram.Button;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The keyboards every feature shows, labelled in the user's language. */
@Component
public class Menus {

    private final Texts texts;

    Menus(Texts texts) {
        this.texts = texts;
    }

    public List<List<Button>> main(long userId) {
        return List.of(List.of(Action.CREATE.button(texts.get(userId, "button.create"))),
                List.of(Action.BALANCE.button(texts.get(userId, "button.balance")),
                        Action.HISTORY.button(texts.get(userId, "button.history"))),
                List.of(Action.PROFILE.button(texts.get(userId, "button.profile")),
                        Action.HELP.button(texts.get(userId, "button.help")),
                        Action.FEEDBACK.button(texts.get(userId, "button.feedback"))));
    }

    /** The main menu with a way to ask for more credits first: under the balance, and when credits ran short. */
    public List<List<Button>> mainWithTopUp(long userId) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(Action.TOP_UP.button(texts.get(userId, "button.topup"))));
        rows.addAll(main(userId));
        return rows;
    }

    /** Under every "please wait": the way out of a wait that takes too long. */
    public List<List<Button>> cancel(long userId) {
        return List.of(List.of(Action.CANCEL.button(texts.get(userId, "button.cancel"))));
    }

    /** {@code rows} with Back and Menu under them: every step of making a video has both. */
    public List<List<Button>> withNavigation(long userId, List<List<Button>> rows) {
        List<List<Button>> all = new ArrayList<>(rows);
        all.add(List.of(Action.BACK.button(texts.get(userId, "button.back")),
                Action.MENU.button(texts.get(userId, "button.menu"))));
        return all;
    }

    /** Back and Menu alone, under a step that waits for text or a file. */
    public List<List<Button>> navigation(long userId) {
        return withNavigation(userId, List.of());
    }
}
