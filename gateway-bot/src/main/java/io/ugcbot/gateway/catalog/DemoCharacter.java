package io.ugcbot.gateway.catalog;

import java.awt.Color;

/** A built-in character; its look is painted from these parameters (the offline catalog, no operator manifest). */
record DemoCharacter(String id, String nameEn, String nameRu, CatalogCharacter.Gender gender, String age, Color skin,
                     Color hair, Color backdrop) {

    CatalogCharacter entry() {
        return new CatalogCharacter(id, nameEn, nameRu, gender, age, null);
    }
}
