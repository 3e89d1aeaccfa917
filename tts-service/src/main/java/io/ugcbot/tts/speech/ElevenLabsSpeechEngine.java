package io.ugcbot.tts.speech;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.ugcbot.events.WordTiming;
import io.ugcbot.kit.models.ProviderModel;
import io.ugcbot.tts.TtsProperties;
import io.ugcbot.tts.voice.Voice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ElevenLabs text-to-speech with timestamps: {@code POST /v1/text-to-speech/{voice_id}/with-timestamps}, MP3 out, the
 * character alignment turned into word timings. 429, 5xx and timeouts are retried with exponential backoff behind a
 * circuit breaker; quota, key and voice errors fail at once with a reason the chat can show. A model ElevenLabs does
 * not know or has retired ({@code detail.status} naming the model, such as {@code model_not_found}) is
 * {@code MODEL_UNAVAILABLE}.
 */
class ElevenLabsSpeechEngine implements SpeechEngine {

    /** Retried: the request may well succeed later. */
    static final class TransientFailure extends RuntimeException {
        TransientFailure(String message) {
            super(message);
        }
    }

    private final TtsProperties.ElevenLabs settings;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Retry retry;
    private final CircuitBreaker breaker;

    ElevenLabsSpeechEngine(TtsProperties.ElevenLabs settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.retry = Retry.of("elevenlabs", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.firstBackoff(), 2.0))
                .retryExceptions(TransientFailure.class)
                .build());
        this.breaker = CircuitBreaker.of("elevenlabs", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .recordExceptions(TransientFailure.class)
                .build());
    }

    @Override
    public String name() {
        return "ElevenLabs " + settings.modelId() + " at " + settings.baseUrl();
    }

    /** ElevenLabs' documented {@code voice_settings.speed} range: 0.7 to 1.2. */
    private static final PaceRange PACE = new PaceRange(70, 120);

    @Override
    public String provider() {
        return "elevenlabs";
    }

    @Override
    public Optional<ProviderModel> model() {
        return Optional.of(new ProviderModel("elevenlabs", settings.modelId()));
    }

    @Override
    public String providerVoiceId(Voice voice) {
        return voice.elevenLabsVoiceId();
    }

    @Override
    public PaceRange pacePercentRange() {
        return PACE;
    }

    @Override
    public Speech synthesize(String text, Voice voice, int pacePercent, Path workDir) {
        JsonNode body;
        double speed = PACE.clamp(pacePercent) / 100.0;
        try {
            body = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker,
                            () -> call(text, voice, speed)))
                    .get();
        } catch (CallNotPermittedException e) {
            throw new SpeechProviderException("ElevenLabs circuit open",
                    Failure.of(FailureCode.PROVIDER_UNAVAILABLE));
        } catch (TransientFailure e) {
            throw new SpeechProviderException("ElevenLabs kept failing: " + e.getMessage(),
                    Failure.of(FailureCode.PROVIDER_UNAVAILABLE));
        }
        Path mp3 = workDir.resolve("speech-provider.mp3");
        try {
            Files.write(mp3, Base64.getDecoder().decode(body.path("audio_base64").asString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Speech(mp3, words(body.path("alignment")));
    }

    private JsonNode call(String text, Voice voice, double speed) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("text", text);
        request.put("model_id", settings.modelId());
        request.put("voice_settings", Map.of("stability", settings.stability(),
                "similarity_boost", settings.similarityBoost(), "speed", speed));
        HttpRequest httpRequest = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/v1/text-to-speech/"
                        + voice.elevenLabsVoiceId() + "/with-timestamps?output_format=mp3_44100_128"))
                .timeout(settings.timeout())
                .header("xi-api-key", settings.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(request)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TransientFailure("ElevenLabs did not answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("interrupted");
        }
        int status = response.statusCode();
        if (status == 200) {
            return json.readTree(response.body());
        }
        if (status == 429 || status >= 500) {
            throw new TransientFailure("ElevenLabs answered " + status);
        }
        throw refusal(status, response.body());
    }

    /** ElevenLabs says why in {@code detail.status}: quota_exceeded, invalid_api_key, voice_not_found, … */
    private SpeechProviderException refusal(int status, String body) {
        String reason;
        try {
            reason = json.readTree(body).path("detail").path("status").asString("");
        } catch (RuntimeException e) {
            reason = "";
        }
        FailureCode code = switch (reason) {
            case "quota_exceeded" -> FailureCode.PROVIDER_QUOTA;
            case "invalid_api_key" -> FailureCode.PROVIDER_ACCOUNT;
            case "voice_not_found" -> FailureCode.VOICE_UNAVAILABLE;
            default -> namesTheModel(reason) ? FailureCode.MODEL_UNAVAILABLE : FailureCode.INPUT_REFUSED;
        };
        return new SpeechProviderException("ElevenLabs refused with " + status + " " + reason, Failure.of(code));
    }

    /** model_not_found, invalid_model_id, model_deprecated, …: whatever ElevenLabs calls a model it will not run. */
    private static boolean namesTheModel(String reason) {
        return reason.startsWith("model_") || reason.endsWith("_model_id") || reason.contains("model_not");
    }

    /** Characters with start and end times become words: runs of non-space characters. */
    static List<WordTiming> words(JsonNode alignment) {
        JsonNode characters = alignment.path("characters");
        JsonNode starts = alignment.path("character_start_times_seconds");
        JsonNode ends = alignment.path("character_end_times_seconds");
        List<WordTiming> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        long start = 0;
        long end = 0;
        for (int i = 0; i < characters.size(); i++) {
            String character = characters.get(i).asString();
            if (character.isBlank()) {
                if (!word.isEmpty()) {
                    words.add(new WordTiming(word.toString(), start, end));
                    word.setLength(0);
                }
                continue;
            }
            if (word.isEmpty()) {
                start = Math.round(starts.get(i).asDouble() * 1000);
            }
            word.append(character);
            end = Math.round(ends.get(i).asDouble() * 1000);
        }
        if (!word.isEmpty()) {
            words.add(new WordTiming(word.toString(), start, end));
        }
        return words;
    }
}
