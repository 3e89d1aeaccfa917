package io.ugcbot.storage.messaging;

import io.ugcbot.events.Message;
import io.ugcbot.events.Topics;
import io.ugcbot.kit.messaging.ReplayTopic;
import io.ugcbot.events.edit.ImageEdited;
import io.ugcbot.events.storage.ImportTelegramFile;
import io.ugcbot.events.storage.IssueDownloadLink;
import io.ugcbot.events.tts.SpeechSynthesized;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.kit.messaging.IdempotentReceiver;
import io.ugcbot.storage.catalog.AssetCatalog;
import io.ugcbot.storage.catalog.AssetCatalog.Kind;
import io.ugcbot.storage.imports.FileImports;
import io.ugcbot.storage.links.DownloadLinks;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class StorageListener {

    private final IdempotentReceiver receiver;
    private final AssetCatalog catalog;
    private final DownloadLinks links;
    private final FileImports imports;
    private final String consumer;

    StorageListener(IdempotentReceiver receiver, AssetCatalog catalog, DownloadLinks links, FileImports imports,
                    @Value("${spring.application.name}") String consumer) {
        this.receiver = receiver;
        this.catalog = catalog;
        this.links = links;
        this.imports = imports;
        this.consumer = consumer;
    }

    @KafkaListener(topics = {Topics.STORAGE_COMMANDS, Topics.TTS_EVENTS, Topics.VIDEO_EVENTS, Topics.EDIT_EVENTS,
            ReplayTopic.OF_THIS_SERVICE})
    void on(ConsumerRecord<String, String> record) {
        receiver.receive(consumer, record, envelope -> handle(envelope.payload()));
    }

    private void handle(Message message) {
        switch (message) {
            case SpeechSynthesized event -> catalog.register(event.audio(), event.userId(), Kind.SPEECH, event.subject());
            case VideoReady event -> catalog.register(event.video(), event.userId(), Kind.VIDEO, event.subject());
            case ImageEdited event -> catalog.register(event.image(), event.userId(), Kind.IMAGE, event.subject(),
                    event.parent());
            case IssueDownloadLink command -> links.issue(command);
            case ImportTelegramFile command -> imports.requested(command);
            default -> {
                // not about assets
            }
        }
    }
}
