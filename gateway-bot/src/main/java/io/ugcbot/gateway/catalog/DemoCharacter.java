package io.ugcbot.gateway.catalog;

import java.awt.Color;

/** A built-in character; its look is painted from these parameters. */
public record DemoCharacter(String id, String nameEn, String nameRu, Gender gender, String age, Color skin,
                            Color hair, Color backdrop) {

    public enum Gender { FEMALE, MALE }

    public String name(String language) {
        return "ru".equals(language) ? nameRu : nameEn;
    }
}
