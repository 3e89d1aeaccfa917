package io.ugcbot.gateway.conversation;

import io.ugcbot.gateway.catalog.CharacterCatalog;
import io.ugcbot.gateway.catalog.CatalogCharacter;
import io.ugcbot.gateway.catalog.VoiceOption;
import io.ugcbot.gateway.catalog.VoiceOptions;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.telegram.Button;
import io.ugcbot.gateway.telegram.MessageKind;
import io.ugcbot.gateway.users.Users;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The character and voice galleries: one message each, a page per character (its portrait) or voice (its sample, so
 * the preview plays from the page), turned in place with ◀ n/N ▶ by editing that message's media. The page is kept
 * in the session, so a restart or another gateway instance shows the same page.
 */
@Component
class Galleries {

    private final CharacterCatalog characters;
    private final VoiceOptions voices;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final Users users;

    Galleries(CharacterCatalog characters, VoiceOptions voices, Outgoing outgoing, Texts texts, Menus menus,
              Users users) {
        this.characters = characters;
        this.voices = voices;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.users = users;
    }

    /** A new character gallery message; {@code editing} the tapped gallery's message id to turn it in place. */
    void characters(ChatSession session, Integer editing) {
        long userId = session.userId();
        CatalogCharacter.Gender gender = gender(session.galleryGender());
        List<CatalogCharacter> shown = characters.byGender(gender);
        if (shown.isEmpty()) {
            outgoing.text(userId, null, texts.get(userId, "characters.none"), menus.navigation(userId));
            return;
        }
        int page = Math.min(session.galleryPage(), shown.size() - 1);
        CatalogCharacter character = shown.get(page);
        String language = users.languageOf(userId);
        String caption = texts.get(userId, "character.page", character.name(language),
                character.age(), page + 1, shown.size());
        List<List<Button>> rows = new ArrayList<>();
        rows.add(arrows(Gallery.CHARACTERS, page, shown.size()));
        rows.add(List.of(Action.CHARACTER.button(texts.get(userId, "button.choose", character.name(language)),
                character.id())));
        CatalogCharacter.Gender other = gender == CatalogCharacter.Gender.FEMALE
                ? CatalogCharacter.Gender.MALE : CatalogCharacter.Gender.FEMALE;
        rows.add(List.of(Action.GENDER.button(texts.get(userId, "button." + other.name().toLowerCase()), other.name())));
        show(userId, editing, MessageKind.PHOTO, characters.portrait(character), caption,
                menus.withNavigation(userId, rows));
    }

    /** The voice gallery, the voice chosen last on its first page. */
    void voices(ChatSession session, Integer editing, boolean offerEdit) {
        long userId = session.userId();
        List<VoiceOption> shown = voiceOrder(session);
        if (shown.isEmpty()) {
            outgoing.text(userId, null, texts.get(userId, "voices.not.ready"), menus.navigation(userId));
            return;
        }
        int page = Math.min(session.galleryPage(), shown.size() - 1);
        VoiceOption voice = shown.get(page);
        String caption = texts.get(userId, "voice.page", voice.label(),
                texts.get(userId, "voice.gender." + voice.gender()), page + 1, shown.size());
        List<List<Button>> rows = new ArrayList<>();
        rows.add(arrows(Gallery.VOICES, page, shown.size()));
        rows.add(List.of(Action.VOICE.button(texts.get(userId, "button.choose", voice.name()), voice.id())));
        if (offerEdit) {
            rows.add(List.of(Action.EDIT.button(texts.get(userId, "button.edit"))));
        }
        show(userId, editing, MessageKind.AUDIO, voice.preview(), caption, menus.withNavigation(userId, rows));
    }

    /** Voices that have a sample (a page is its sample), the one chosen last first. */
    List<VoiceOption> voiceOrder(ChatSession session) {
        List<VoiceOption> all = new ArrayList<>(voices.all().stream().filter(v -> v.preview() != null).toList());
        all.stream().filter(v -> v.id().equals(session.lastVoiceId())).findFirst().ifPresent(last -> {
            all.remove(last);
            all.addFirst(last);
        });
        return all;
    }

    private void show(long userId, Integer editing, MessageKind kind, io.ugcbot.events.AssetRef asset, String caption,
                      List<List<Button>> buttons) {
        if (editing != null) {
            outgoing.editMedia(userId, editing, kind == MessageKind.PHOTO ? MessageKind.EDIT_PHOTO
                    : MessageKind.EDIT_AUDIO, asset, caption, buttons);
        } else {
            outgoing.media(userId, kind, null, asset, caption, buttons);
        }
    }

    /** ◀ n/N ▶, wrapping round; the middle button shows the same page again. */
    private static List<Button> arrows(Gallery gallery, int page, int pages) {
        return List.of(Action.PAGE.button("◀", gallery.page((page - 1 + pages) % pages)),
                Action.PAGE.button((page + 1) + "/" + pages, gallery.page(page)),
                Action.PAGE.button("▶", gallery.page((page + 1) % pages)));
    }

    static CatalogCharacter.Gender gender(String name) {
        return "MALE".equals(name) ? CatalogCharacter.Gender.MALE : CatalogCharacter.Gender.FEMALE;
    }
}
