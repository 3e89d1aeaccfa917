package io.ugcbot.gateway.catalog;

import java.awt.Color;
import java.util.List;

import static io.ugcbot.gateway.catalog.CatalogCharacter.Gender.FEMALE;
import static io.ugcbot.gateway.catalog.CatalogCharacter.Gender.MALE;

/** The offline catalog: twelve painted characters, six of each gender, from twenty to sixty-five. */
final class DemoCharacters {

    static final List<DemoCharacter> ALL = List.of(
            new DemoCharacter("sofia", "Sofia", "София", FEMALE, "20",
                    new Color(245, 208, 180), new Color(220, 180, 90), new Color(240, 190, 210)),
            new DemoCharacter("anna", "Anna", "Анна", FEMALE, "25",
                    new Color(241, 200, 170), new Color(120, 70, 40), new Color(120, 170, 220)),
            new DemoCharacter("elena", "Elena", "Елена", FEMALE, "33",
                    new Color(198, 150, 115), new Color(25, 20, 20), new Color(150, 210, 190)),
            new DemoCharacter("maria", "Maria", "Мария", FEMALE, "40",
                    new Color(224, 172, 140), new Color(40, 30, 30), new Color(230, 160, 120)),
            new DemoCharacter("natalia", "Natalia", "Наталья", FEMALE, "50",
                    new Color(232, 186, 158), new Color(150, 60, 40), new Color(190, 170, 230)),
            new DemoCharacter("olga", "Olga", "Ольга", FEMALE, "60",
                    new Color(236, 190, 165), new Color(200, 200, 205), new Color(160, 200, 150)),
            new DemoCharacter("artem", "Artem", "Артём", MALE, "21",
                    new Color(240, 200, 172), new Color(60, 40, 25), new Color(110, 200, 210)),
            new DemoCharacter("ivan", "Ivan", "Иван", MALE, "28",
                    new Color(235, 195, 160), new Color(90, 60, 30), new Color(100, 120, 180)),
            new DemoCharacter("maxim", "Maxim", "Максим", MALE, "35",
                    new Color(190, 140, 105), new Color(20, 20, 20), new Color(220, 200, 150)),
            new DemoCharacter("dmitry", "Dmitry", "Дмитрий", MALE, "45",
                    new Color(210, 160, 125), new Color(30, 30, 30), new Color(200, 180, 110)),
            new DemoCharacter("sergey", "Sergey", "Сергей", MALE, "55",
                    new Color(225, 180, 150), new Color(120, 110, 100), new Color(170, 190, 220)),
            new DemoCharacter("pavel", "Pavel", "Павел", MALE, "65",
                    new Color(230, 185, 160), new Color(180, 180, 180), new Color(150, 150, 190)));

    private DemoCharacters() {
    }
}
