package io.ugcbot.edit.editing;

import io.ugcbot.edit.EditProperties;
import io.ugcbot.kit.fal.FalQueue;
import io.ugcbot.kit.models.ModelCatalog;
import io.ugcbot.kit.models.ProviderCalls;
import io.ugcbot.kit.models.ProviderModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editors {@code EDIT_PROVIDER} names: {@code fal}, {@code openai} or {@code offline} alone, or with {@code auto}
 * every configured one in turn (fal if {@code FAL_KEY} is set, then OpenAI if {@code OPENAI_API_KEY} is set, then the
 * offline editor as the stand-in). The log says which (never a key).
 */
@Configuration
class EditorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EditorConfiguration.class);

    @Bean
    EditorChain editorChain(EditProperties properties, OfflineImageEditor offline, ProviderModels models,
                            ProviderCalls calls, Clock clock) {
        String wanted = properties.provider() == null ? "auto" : properties.provider().toLowerCase(Locale.ROOT);
        boolean fal = properties.fal() != null && properties.fal().configured();
        boolean openAi = properties.openai() != null && properties.openai().configured();
        List<ProviderImageEditor> providers = new ArrayList<>();
        switch (wanted) {
            case "fal" -> providers.add(fal(properties, clock, fal));
            case "openai" -> providers.add(openAi(properties, openAi));
            case "offline" -> { }
            case "auto" -> {
                if (fal) {
                    providers.add(fal(properties, clock, true));
                }
                if (openAi) {
                    providers.add(openAi(properties, true));
                }
            }
            default -> throw new IllegalStateException("EDIT_PROVIDER must be auto, fal, openai or offline, not "
                    + properties.provider());
        }
        boolean offlineStandsIn = wanted.equals("auto") && !providers.isEmpty();
        if (providers.isEmpty()) {
            log.info("Image editor: offline ({}; set FAL_KEY or OPENAI_API_KEY for a model)",
                    String.join(", ", OfflineImageEditor.vocabulary()));
        } else {
            log.info("Image editors, in turn: {}{}", String.join(", then ",
                    providers.stream().map(ProviderImageEditor::name).toList()),
                    offlineStandsIn ? ", then the offline editor" : "");
        }
        return new EditorChain(providers, offline, offlineStandsIn, models, calls);
    }

    /** OpenAI publishes its models with shutdown dates: the configured one is looked up at start and daily. */
    @Bean
    @ConditionalOnExpression("'${edit.openai.key:}' != '' and '${edit.provider:auto}' matches '(?i)auto|openai'")
    ModelCatalog openAiModelCatalog(EditProperties properties) {
        return new OpenAiModelCatalog(properties.openai());
    }

    private static ProviderImageEditor fal(EditProperties properties, Clock clock, boolean configured) {
        if (!configured) {
            throw new IllegalStateException("EDIT_PROVIDER=fal needs FAL_KEY");
        }
        return new FalImageEditor(properties.fal(), new FalQueue(properties.fal().queue()), clock);
    }

    private static ProviderImageEditor openAi(EditProperties properties, boolean configured) {
        if (!configured) {
            throw new IllegalStateException("EDIT_PROVIDER=openai needs OPENAI_API_KEY");
        }
        return new OpenAiImageEditor(properties.openai());
    }
}
