package io.ugcbot.gateway.catalog;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.kit.assets.AssetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The characters users choose from. An operator's manifest in S3 ({@code CATALOG_MANIFEST_KEY}, see
 * {@link CatalogManifest}) decides which, in which order, with their portraits in S3; it is read at start and again on
 * an admin's {@code /reloadcatalog}, so characters change without a release. Without a manifest the painted demo
 * characters are offered; their portraits are painted and uploaded the first time they are needed, under a key that
 * holds their content hash, so a change to the painter can never serve a stale image.
 *
 * <p>A hidden or removed character is no longer offered, but a chat that already chose it still finds it until the
 * next restart, so nobody's video breaks mid-flow.
 */
@Component
public class CharacterCatalog {

    private static final Logger log = LoggerFactory.getLogger(CharacterCatalog.class);

    /** What a reload found; {@code problem} null when the catalog was replaced. */
    public record Reload(int characters, String problem, boolean fromManifest) {
    }

    private final AssetStore assets;
    private final MessageCodec codec;
    private final String manifestKey;
    private final Map<String, AssetRef> portraits = new ConcurrentHashMap<>();
    private final Map<String, CatalogCharacter> everSeen = new ConcurrentHashMap<>();
    private volatile List<CatalogCharacter> offered = DemoCharacters.ALL.stream().map(DemoCharacter::entry).toList();

    CharacterCatalog(AssetStore assets, MessageCodec codec, GatewayProperties properties) {
        this.assets = assets;
        this.codec = codec;
        this.manifestKey = properties.catalogManifestKey();
        offered.forEach(character -> everSeen.put(character.id(), character));
    }

    /** At start: a broken manifest is logged and the demo catalog serves until an admin reloads a fixed one. */
    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        Reload result = reload();
        if (result.problem() != null) {
            log.error("The character catalog manifest {} was not loaded: {}", manifestKey, result.problem());
        }
    }

    /**
     * Reads the manifest again. A manifest with a mistake changes nothing and says what is wrong; no manifest brings
     * back the demo characters.
     */
    public Reload reload() {
        List<CatalogCharacter> next;
        try {
            if (!assets.exists(manifestKey)) {
                next = DemoCharacters.ALL.stream().map(DemoCharacter::entry).toList();
                replace(next);
                return new Reload(next.size(), null, false);
            }
            byte[] manifest = assets.read(new AssetRef(assets.bucket(), manifestKey, "application/json", 0, null));
            next = CatalogManifest.read(codec.json(), manifest, assets::exists);
        } catch (CatalogManifest.Invalid e) {
            return new Reload(offered.size(), e.getMessage(), true);
        }
        replace(next);
        return new Reload(next.size(), null, true);
    }

    private void replace(List<CatalogCharacter> next) {
        next.forEach(character -> {
            CatalogCharacter before = everSeen.put(character.id(), character);
            if (before != null && !java.util.Objects.equals(before.imageKey(), character.imageKey())) {
                portraits.remove(character.id());
            }
        });
        offered = List.copyOf(next);
    }

    public List<CatalogCharacter> byGender(CatalogCharacter.Gender gender) {
        return offered.stream().filter(character -> character.gender() == gender).toList();
    }

    /** Any character this instance has offered since it started, hidden since or not. */
    public Optional<CatalogCharacter> find(String id) {
        return Optional.ofNullable(everSeen.get(id));
    }

    public AssetRef portrait(CatalogCharacter character) {
        return portraits.computeIfAbsent(character.id(), id -> character.imageKey() != null
                ? uploaded(character.imageKey()) : painted(id));
    }

    private AssetRef uploaded(String key) {
        byte[] image = assets.read(new AssetRef(assets.bucket(), key, null, 0, null));
        return new AssetRef(assets.bucket(), key, key.endsWith(".png") ? "image/png" : "image/jpeg", image.length,
                AssetStore.sha256(image));
    }

    private AssetRef painted(String id) {
        DemoCharacter demo = DemoCharacters.ALL.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        byte[] png = PortraitPainter.paint(demo);
        String key = "catalog/characters/" + id + "-" + AssetStore.sha256(png).substring(0, 12) + ".png";
        return assets.exists(key)
                ? new AssetRef(assets.bucket(), key, "image/png", png.length, AssetStore.sha256(png))
                : assets.put(key, png, "image/png");
    }
}
