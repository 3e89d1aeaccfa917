package io.ugcbot.gateway.telegram;

import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.logging.SecretMasker;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.net.URI;
import java.time.Duration;

@Configuration
class TelegramConfiguration {

    @Bean
    TelegramUrl telegramUrl(GatewayProperties properties) {
        URI uri = URI.create(properties.telegram().apiUrl());
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return TelegramUrl.builder().schema(uri.getScheme()).host(uri.getHost()).port(port).testServer(false).build();
    }

    @Bean
    TelegramClient telegramClient(GatewayProperties properties, TelegramUrl url) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(120))
                .writeTimeout(Duration.ofSeconds(120))
                .build();
        return new OkHttpTelegramClient(http, properties.telegram().token(), url);
    }

    @Bean
    SecretMasker secretMasker(GatewayProperties properties) {
        return new SecretMasker(properties.telegram().token());
    }

    @Bean
    BotApi botApi(TelegramClient client, AssetStore assets, SecretMasker masker) {
        return new BotApi(client, assets, masker);
    }
}
