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

    /** The start of creation: a gender for a talking head, or (until a clip is chosen) the clip first. */
    List<List<Button>> genders(long userId, boolean offerClip) {
        List<List<Button>> rows = new java.util.ArrayList<>();
        rows.add(List.of(Action.GENDER.button(texts.get(userId, "button.female"), "FEMALE"),
                Action.GENDER.button(texts.get(userId, "button.male"), "MALE")));
        if (offerClip) {
            rows.add(List.of(Action.BACKGROUND.button(texts.get(userId, "button.clip.first"))));
        }
        return menus.withNavigation(userId, rows);
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
    /** Under the speech: the video over the clip chosen first, or the formats to choose from. */
    List<List<Button>> reviewSpeech(long userId, boolean clipKept) {
        if (clipKept) {
            return menus.withNavigation(userId, List.of(
                    List.of(Action.CONFIRM.button(texts.get(userId, "button.confirm.clip")),
                            Action.BACKGROUND.button(texts.get(userId, "button.another.clip"))),
                    List.of(Action.RETEXT.button(texts.get(userId, "button.retext")))));
        }
        return menus.withNavigation(userId, List.of(
                List.of(Action.CONFIRM.button(texts.get(userId, "button.confirm")),
                        Action.BACKGROUND.button(texts.get(userId, "button.background"))),
                List.of(Action.CONFIRM_AS.button(texts.get(userId, "button.square"), Orientation.SQUARE),
                        Action.CONFIRM_AS.button(texts.get(userId, "button.landscape"), Orientation.LANDSCAPE)),
                List.of(Action.RETEXT.button(texts.get(userId, "button.retext")))));
    }

    /** While a clip is awaited at the speech review: go without one after all. */
    List<List<Button>> withoutBackground(long userId) {
        return menus.withNavigation(userId, List.of(List.of(
                Action.CONFIRM.button(texts.get(userId, "button.without.background")))));
    }

    /** /overlay: a new clip is sent as a video; the same clip as the last video is a button (when it had one). */
    List<List<Button>> overlayClip(long userId, boolean sameClipPossible) {
        return menus.withNavigation(userId, sameClipPossible
                ? List.of(List.of(Action.CONFIRM.button(texts.get(userId, "button.same.clip")))) : List.of());
    }

    /** The second "yes" for an expensive video. */
    List<List<Button>> costConfirmation(long userId) {
        return menus.withNavigation(userId, List.of(List.of(
                Action.CONFIRM_COST.button(texts.get(userId, "button.sure")))));
    }
}
