package io.ugcbot.gateway.conversation;

import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.telegram.Button;
import org.springframework.stereotype.Component;

import java.util.List;

/** The keyboards of the video's steps, each with Back and Menu under it. */
@Component
class Keyboards {

    private final Texts texts;
    private final Menus menus;

    Keyboards(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    List<List<Button>> genders(long userId) {
        return menus.withNavigation(userId, List.of(List.of(
                Action.GENDER.button(texts.get(userId, "button.female"), "FEMALE"),
                Action.GENDER.button(texts.get(userId, "button.male"), "MALE"))));
    }

    /** After a too-long speech: say it faster at the pace that fits, or write a shorter text. */
    List<List<Button>> fasterOrShorter(long userId, int pacePercent) {
        return menus.withNavigation(userId, List.of(List.of(
                Action.PACE.button(texts.get(userId, "button.faster", pacePercent), pacePercent),
                Action.RETEXT.button(texts.get(userId, "button.retext")))));
    }

    /** Under an edited (or restored) character. */
    List<List<Button>> editedCharacter(long userId) {
        return menus.withNavigation(userId, List.of(List.of(
                        Action.USE_CHARACTER.button(texts.get(userId, "button.use")),
                        Action.EDIT.button(texts.get(userId, "button.edit.again"))),
                List.of(Action.ORIGINAL.button(texts.get(userId, "button.original")))));
    }

    /** After an edit that could not be made: try another wording, or go on with the character as it is. */
    List<List<Button>> editFailed(long userId) {
        return menus.withNavigation(userId, List.of(List.of(Action.EDIT.button(texts.get(userId, "button.edit.again")),
                Action.USE_CHARACTER.button(texts.get(userId, "button.use")))));
    }

    /** The format is chosen here too, as the seed does: the talking head in a frame, or over the user's clip. */
    List<List<Button>> reviewSpeech(long userId) {
        return menus.withNavigation(userId, List.of(
                List.of(Action.CONFIRM.button(texts.get(userId, "button.confirm")),
                        Action.BACKGROUND.button(texts.get(userId, "button.background"))),
                List.of(Action.CONFIRM_AS.button(texts.get(userId, "button.square"), Orientation.SQUARE),
                        Action.CONFIRM_AS.button(texts.get(userId, "button.landscape"), Orientation.LANDSCAPE)),
                List.of(Action.RETEXT.button(texts.get(userId, "button.retext")))));
    }

    /** While a clip is awaited: go without one after all. */
    List<List<Button>> withoutBackground(long userId) {
        return menus.withNavigation(userId, List.of(List.of(
                Action.CONFIRM.button(texts.get(userId, "button.without.background")))));
    }

    /** The second "yes" for an expensive video. */
    List<List<Button>> costConfirmation(long userId) {
        return menus.withNavigation(userId, List.of(List.of(
                Action.CONFIRM_COST.button(texts.get(userId, "button.sure")))));
    }
}
