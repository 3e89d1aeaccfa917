package io.ugcbot.gateway.catalog;

import io.ugcbot.events.AssetRef;
import io.ugcbot.kit.assets.AssetStore;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo characters and their portraits in S3. A portrait is painted and uploaded the first time it is needed; the
 * key holds its content hash, so a change to the painter can never serve a stale image.
 */
@Component
public class CharacterCatalog {

    private static final List<DemoCharacter> CHARACTERS = List.of(
            new DemoCharacter("anna", "Anna", "Анна", DemoCharacter.Gender.FEMALE, "25",
                    new Color(241, 200, 170), new Color(120, 70, 40), new Color(120, 170, 220)),
            new DemoCharacter("maria", "Maria", "Мария", DemoCharacter.Gender.FEMALE, "40",
                    new Color(224, 172, 140), new Color(40, 30, 30), new Color(230, 160, 120)),
            new DemoCharacter("olga", "Olga", "Ольга", DemoCharacter.Gender.FEMALE, "60",
                    new Color(236, 190, 165), new Color(200, 200, 205), new Color(160, 200, 150)),
            new DemoCharacter("ivan", "Ivan", "Иван", DemoCharacter.Gender.MALE, "28",
                    new Color(235, 195, 160), new Color(90, 60, 30), new Color(100, 120, 180)),
            new DemoCharacter("dmitry", "Dmitry", "Дмитрий", DemoCharacter.Gender.MALE, "45",
                    new Color(210, 160, 125), new Color(30, 30, 30), new Color(200, 180, 110)),
            new DemoCharacter("pavel", "Pavel", "Павел", DemoCharacter.Gender.MALE, "65",
                    new Color(230, 185, 160), new Color(180, 180, 180), new Color(150, 150, 190)));

    private final AssetStore assets;
    private final Map<String, AssetRef> portraits = new ConcurrentHashMap<>();

    CharacterCatalog(AssetStore assets) {
        this.assets = assets;
    }

    public List<DemoCharacter> byGender(DemoCharacter.Gender gender) {
        return CHARACTERS.stream().filter(character -> character.gender() == gender).toList();
    }

    public Optional<DemoCharacter> find(String id) {
        return CHARACTERS.stream().filter(character -> character.id().equals(id)).findFirst();
    }

    public AssetRef portrait(DemoCharacter character) {
        return portraits.computeIfAbsent(character.id(), id -> {
            byte[] png = PortraitPainter.paint(character);
            String key = "catalog/characters/" + id + "-" + AssetStore.sha256(png).substring(0, 12) + ".png";
            return assets.exists(key)
                    ? new AssetRef(assets.bucket(), key, "image/png", png.length, AssetStore.sha256(png))
                    : assets.put(key, png, "image/png");
        });
    }
}
