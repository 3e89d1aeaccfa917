package io.ugcbot.video.fal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The token in the webhook URL video-service gives fal. It is an HMAC of a fixed label under the fal key, so every
 * instance derives the same one without a new secret to configure, and it reveals nothing about the key. A webhook
 * call without it is refused before its body is read.
 */
public final class FalWebhookToken {

    private FalWebhookToken() {
    }

    public static String of(String falKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(falKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("ugc-bot fal webhook".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static boolean matches(String given, String falKey) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                of(falKey).getBytes(StandardCharsets.UTF_8));
    }
}
