package io.ugcbot.gateway.conversation;

import io.ugcbot.events.Ids;
import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.events.storage.FileImported;
import io.ugcbot.events.storage.FilePurpose;
import io.ugcbot.events.storage.FileRejected;
import io.ugcbot.events.storage.ImportTelegramFile;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The user's own clip for the background format: handed to storage-service to fetch, check and normalise
 * (ImportTelegramFile), and the video started once it is in (FileImported), or the user told why not (FileRejected).
 * A clip over Telegram's 20 MB download limit is refused here at once, before anything is fetched.
 */
@Service
public class BackgroundUploads {

    private static final long MAX_BYTES = CreationFlow.MAX_BACKGROUND_MEGABYTES * 1024L * 1024L;

    private final ChatSessions sessions;
    private final CreationFlow flow;
    private final OutboxWriter outbox;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    BackgroundUploads(ChatSessions sessions, CreationFlow flow, OutboxWriter outbox, Outgoing outgoing, Texts texts,
                      Menus menus, Clock clock) {
        this.sessions = sessions;
        this.flow = flow;
        this.outbox = outbox;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    /** A video the user sent; {@code sizeBytes} as Telegram reports it (null when it does not). */
    @Transactional(propagation = Propagation.MANDATORY)
    void received(long userId, String fileId, Long sizeBytes) {
        ChatSession session = sessions.lock(userId);
        if (session.state() != ChatState.WAITING_BACKGROUND) {
            outgoing.text(userId, null, texts.get(userId, "background.not.expected"), menus.main(userId));
            return;
        }
        if (sizeBytes != null && sizeBytes > MAX_BYTES) {
            outgoing.text(userId, null, texts.get(userId, "background.too.big",
                    String.format(java.util.Locale.ROOT, "%.1f", sizeBytes / 1048576.0),
                    CreationFlow.MAX_BACKGROUND_MEGABYTES), menus.withoutBackground(userId));
            return;
        }
        UUID requestId = Ids.next();
        session.backgroundImporting(requestId, clock.instant());
        outbox.append(new ImportTelegramFile(requestId, userId, fileId, FilePurpose.BACKGROUND_VIDEO));
        outgoing.text(userId, null, texts.get(userId, "background.checking"), menus.cancel(userId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void imported(FileImported event) {
        ChatSession session = awaiting(event.userId(), event.requestId());
        if (session == null) {
            return;
        }
        if (!flow.startGeneration(session, VideoFormat.BACKGROUND_OVERLAY, event.asset(), Orientation.PORTRAIT)) {
            session.moveTo(ChatState.IDLE, clock.instant());
            outgoing.text(event.userId(), null, texts.get(event.userId(), "nothing.to.do"),
                    menus.main(event.userId()));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void rejected(FileRejected event) {
        ChatSession session = awaiting(event.userId(), event.requestId());
        if (session == null) {
            return;
        }
        session.moveTo(ChatState.WAITING_BACKGROUND, clock.instant());
        outgoing.text(event.userId(), "import:" + event.requestId(), texts.get(event.userId(),
                "background.rejected", texts.failure(event.userId(), event.failure())), menus.withoutBackground(event.userId()));
    }

    /** The session, if it still waits for exactly this import (a late or repeated answer changes nothing). */
    private ChatSession awaiting(long userId, UUID requestId) {
        ChatSession session = sessions.lock(userId);
        boolean current = session.state() == ChatState.IMPORTING_BACKGROUND
                && requestId.equals(session.importRequestId());
        return current ? session : null;
    }
}
