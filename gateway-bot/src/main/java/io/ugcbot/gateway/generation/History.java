package io.ugcbot.gateway.generation;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.Ids;
import io.ugcbot.events.storage.DownloadLinkIssued;
import io.ugcbot.events.storage.DownloadLinkRefused;
import io.ugcbot.events.storage.IssueDownloadLink;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.telegram.Button;
import io.ugcbot.gateway.telegram.MessageKind;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "My videos" (flow 6): the user's last generations from the read model; a ready one can be sent again (Telegram
 * already has it, so by file_id) or downloaded through a link storage-service presigns after checking the owner.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class History {

    private static final int PAGE_SIZE = 5;
    private static final int SCRIPT_EXCERPT = 40;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(ZoneOffset.UTC);

    private final GenerationRepository generations;
    private final OutboxWriter outbox;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;

    History(GenerationRepository generations, OutboxWriter outbox, Outgoing outgoing, Texts texts, Menus menus) {
        this.generations = generations;
        this.outbox = outbox;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
    }

    /**
     * One page of the user's generations, newest first; {@code editing} the message of the tapped page button, which
     * turns in place, or null for a new message.
     */
    public void show(long userId, int page, Integer editing) {
        long total = generations.countByUserId(userId);
        if (total == 0) {
            outgoing.text(userId, null, texts.get(userId, "history.empty"), menus.main(userId));
            return;
        }
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shownPage = Math.min(page, pages - 1);
        List<Generation> recent = generations.findByUserId(userId,
                PageRequest.of(shownPage, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt")));
        StringBuilder text = new StringBuilder(texts.get(userId, "history.title", shownPage + 1, pages));
        List<List<Button>> buttons = new ArrayList<>();
        for (int i = 0; i < recent.size(); i++) {
            Generation generation = recent.get(i);
            int n = shownPage * PAGE_SIZE + i + 1;
            text.append('\n').append(texts.get(userId, "history.line", n, WHEN.format(generation.createdAt()),
                    texts.get(userId, "history.status." + generation.status().name()), excerpt(generation.script())));
            if (generation.video().isPresent()) {
                buttons.add(List.of(Action.AGAIN.button(texts.get(userId, "button.again", n), generation.id()),
                        Action.LINK.button(texts.get(userId, "button.link", n), generation.id())));
            }
        }
        List<Button> turn = new ArrayList<>();
        if (shownPage > 0) {
            turn.add(Action.HISTORY_PAGE.button(texts.get(userId, "button.newer"), shownPage - 1));
        }
        if (shownPage < pages - 1) {
            turn.add(Action.HISTORY_PAGE.button(texts.get(userId, "button.older"), shownPage + 1));
        }
        if (!turn.isEmpty()) {
            buttons.add(turn);
        }
        buttons.add(List.of(Action.MENU.button(texts.get(userId, "button.menu"))));
        if (editing != null) {
            outgoing.editText(userId, editing, text.toString(), buttons);
        } else {
            outgoing.text(userId, null, text.toString(), buttons);
        }
    }

    public void sendAgain(long userId, String generationId) {
        Optional<AssetRef> video = videoOf(userId, generationId);
        if (video.isEmpty()) {
            outgoing.text(userId, null, texts.get(userId, "history.unknown"), menus.main(userId));
            return;
        }
        outgoing.media(userId, MessageKind.VIDEO, null, video.get(), texts.get(userId, "video.ready"),
                menus.main(userId));
    }

    public void requestLink(long userId, String generationId) {
        Optional<AssetRef> video = videoOf(userId, generationId);
        if (video.isEmpty()) {
            outgoing.text(userId, null, texts.get(userId, "history.unknown"), menus.main(userId));
            return;
        }
        outbox.append(new IssueDownloadLink(Ids.next(), userId, video.get().bucket(), video.get().key()));
    }

    public void linkIssued(DownloadLinkIssued event) {
        outgoing.text(event.userId(), "link:" + event.requestId(), texts.get(event.userId(), "history.link",
                event.url(), WHEN.format(event.expiresAt())), List.of());
    }

    public void linkRefused(DownloadLinkRefused event) {
        outgoing.text(event.userId(), "link:" + event.requestId(),
                texts.get(event.userId(), "history.link.refused", texts.failure(event.userId(), event.failure())), menus.main(event.userId()));
    }

    /** Only the user's own generations: an id from another chat finds nothing. */
    private Optional<AssetRef> videoOf(long userId, String generationId) {
        UUID id;
        try {
            id = UUID.fromString(generationId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return generations.findById(id).filter(generation -> generation.userId() == userId)
                .flatMap(Generation::video);
    }

    private static String excerpt(String script) {
        return script.length() <= SCRIPT_EXCERPT ? script : script.substring(0, SCRIPT_EXCERPT - 1) + "…";
    }
}
