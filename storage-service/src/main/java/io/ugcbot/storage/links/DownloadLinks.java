package io.ugcbot.storage.links;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.storage.DownloadLinkIssued;
import io.ugcbot.events.storage.DownloadLinkRefused;
import io.ugcbot.events.storage.IssueDownloadLink;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.outbox.OutboxWriter;
import io.ugcbot.storage.StorageProperties;
import io.ugcbot.storage.catalog.AssetCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Service
public class DownloadLinks {

    private final AssetCatalog catalog;
    private final AssetStore assets;
    private final OutboxWriter outbox;
    private final StorageProperties properties;
    private final Clock clock;

    DownloadLinks(AssetCatalog catalog, AssetStore assets, OutboxWriter outbox, StorageProperties properties,
                  Clock clock) {
        this.catalog = catalog;
        this.assets = assets;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void issue(IssueDownloadLink command) {
        boolean owned = catalog.ownerOf(command.bucket(), command.key())
                .filter(owner -> owner == command.userId()).isPresent();
        if (!owned) {
            outbox.append(new DownloadLinkRefused(command.requestId(), command.userId(),
                    Failure.of(FailureCode.NOT_YOURS)));
            return;
        }
        var url = assets.presignDownload(command.bucket(), command.key(), properties.linkValidity());
        outbox.append(new DownloadLinkIssued(command.requestId(), command.userId(), url.toString(),
                clock.instant().plus(properties.linkValidity())));
    }
}
