package io.ugcbot.gateway.generation;

import io.ugcbot.events.credits.CreditsCaptured;
import io.ugcbot.events.credits.CreditsGranted;
import io.ugcbot.events.credits.CreditsRevoked;
import io.ugcbot.events.credits.CreditsRejected;
import io.ugcbot.events.credits.CreditsReleased;
import io.ugcbot.events.credits.CreditsReserved;
import io.ugcbot.events.video.VideoFailed;
import io.ugcbot.events.video.VideoProgress;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.telegram.MessageKind;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.users.Users;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Turns credits and video events into what the user sees (the conversation is told apart, by the listener). Every message is keyed by the event that caused it, so a
 * replayed topic sends nothing twice even past the inbox.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class GenerationUpdates {

    private final Generations generations;
    private final Users users;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    GenerationUpdates(Generations generations, Users users, Outgoing outgoing, Texts texts,
                      Menus menus, Clock clock) {
        this.generations = generations;
        this.users = users;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    public void granted(CreditsGranted event) {
        users.balanceReported(event.userId(), event.balance());
        outgoing.text(event.userId(), "granted:" + event.grantId(),
                texts.get(event.userId(), "credits.granted." + event.kind(), event.amount(), event.balance()),
                menus.main(event.userId()));
    }

    public void revoked(CreditsRevoked event) {
        users.balanceReported(event.userId(), event.balance());
        outgoing.text(event.userId(), "revoked:" + event.grantId(),
                texts.get(event.userId(), "credits.revoked", event.amount(), event.balance()), menus.main(event.userId()));
    }

    public void reserved(CreditsReserved event) {
        users.balanceReported(event.userId(), event.balance());
        generations.moveTo(event.generationId(), GenerationStatus.RESERVED);
    }

    public void rejected(CreditsRejected event) {
        generations.moveTo(event.generationId(), GenerationStatus.REJECTED);
        progress(event.userId(), event.generationId(), "rejected", texts.get(event.userId(), "progress.not.started"));
        outgoing.text(event.userId(), "rejected:" + event.generationId(),
                texts.get(event.userId(), "credits.rejected", event.balance(), event.needed()),
                menus.mainWithTopUp(event.userId()));
    }

    public void captured(CreditsCaptured event) {
        users.balanceReported(event.userId(), event.balance());
        outgoing.text(event.userId(), "captured:" + event.generationId(),
                texts.get(event.userId(), "credits.captured", event.amount(), event.balance()), List.of());
    }

    public void released(CreditsReleased event) {
        users.balanceReported(event.userId(), event.balance());
        outgoing.text(event.userId(), "released:" + event.generationId(),
                texts.get(event.userId(), "credits.released." + event.reason(), event.amount(), event.balance()),
                menus.main(event.userId()));
    }

    public void progressed(VideoProgress event) {
        String text = switch (event.stage()) {
            case QUEUED -> texts.get(event.userId(), "progress.queued", event.queuePosition());
            default -> texts.get(event.userId(), "progress." + event.stage(), event.percent());
        };
        progress(event.userId(), event.generationId(), event.stage() + ":" + event.percent(), text);
    }

    public void ready(VideoReady event) {
        generations.videoReady(event.generationId(), event.video().bucket(), event.video().key(), event.durationMs());
        progress(event.userId(), event.generationId(), "done", texts.get(event.userId(), "progress.done"));
        outgoing.media(event.userId(), MessageKind.VIDEO, "video:" + event.generationId(), event.video(),
                texts.get(event.userId(), "video.ready"), menus.main(event.userId()));
    }

    public void failed(VideoFailed event) {
        generations.moveTo(event.generationId(), GenerationStatus.FAILED);
        progress(event.userId(), event.generationId(), "failed", texts.get(event.userId(), "progress.failed"));
        outgoing.text(event.userId(), "failed:" + event.generationId(),
                texts.get(event.userId(), "video.failed", texts.failure(event.userId(), event.failure())), List.of());
    }

    private void progress(long userId, UUID generationId, String step, String text) {
        String target = Generations.progressKey(generationId);
        outgoing.editText(userId, target + ":" + step, target, text);
    }
}
