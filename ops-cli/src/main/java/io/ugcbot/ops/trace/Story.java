package io.ugcbot.ops.trace;

import io.ugcbot.ops.kafka.RecordView;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The story one subject's records tell (a generation, a speech request, an edit…), in a line:
 * {@code GenerationRequested → CreditsReserved → VideoProgress 55 % … no VideoReady after 12 min}. A story is complete
 * when its final record is there (the money settled, the answer given); otherwise it names what it waits for, from
 * the last step it reached, and for how long; a dead-lettered record stops it there.
 *
 * @param complete  the final record is there
 * @param stoppedAt what is missing ("no VideoReady after 12 min"), or null
 */
public record Story(String subject, String line, boolean complete, String stoppedAt) {

    /** The step each record type leads to: what the story waits for when it is the last one seen. */
    private static final Map<String, String> NEXT = Map.ofEntries(
            Map.entry("GenerationRequested", "CreditsReserved"),
            Map.entry("CreditsReserved", "VideoReady"),
            Map.entry("VideoProgress", "VideoReady"),
            Map.entry("VideoReady", "CreditsCaptured"),
            Map.entry("VideoFailed", "CreditsReleased"),
            Map.entry("SynthesizeSpeech", "SpeechSynthesized"),
            Map.entry("EditImage", "ImageEdited"),
            Map.entry("ImportTelegramFile", "FileImported"),
            Map.entry("IssueDownloadLink", "DownloadLinkIssued"),
            Map.entry("UserRegistered", "CreditsGranted"),
            Map.entry("GrantCredits", "CreditsGranted"));

    private static final java.util.regex.Pattern PERCENT =
            java.util.regex.Pattern.compile("\"percent\"\\s*:\\s*(\\d+)");

    /** Records after which nothing more is expected about their subject. */
    private static final Set<String> FINAL = Set.of("CreditsCaptured", "CreditsReleased", "CreditsRejected",
            "SpeechSynthesized", "SpeechRejected", "SpeechFailed", "ImageEdited", "ImageEditFailed", "FileImported",
            "FileRejected", "DownloadLinkIssued", "DownloadLinkRefused", "CreditsGranted", "CreditsOperationRefused");

    /** @param records one subject's records in time order */
    static Story of(String subject, List<RecordView> records, Instant now) {
        List<String> steps = new ArrayList<>();
        String last = null;
        boolean complete = false;
        String deadLetter = null;
        for (RecordView record : records) {
            String type = record.shortType();
            if (record.topic().endsWith(".dlt")) {
                deadLetter = record.topic();
                steps.add(type + " ✗ " + record.topic());
                continue;
            }
            String step = type.equals("VideoProgress") ? "VideoProgress " + percent(record) : type;
            if (type.equals("VideoProgress") && !steps.isEmpty() && steps.getLast().startsWith("VideoProgress")) {
                steps.set(steps.size() - 1, step);
            } else if (steps.isEmpty() || !steps.getLast().equals(step)) {
                steps.add(step);
            }
            complete |= FINAL.contains(type);
            if (NEXT.containsKey(type) || FINAL.contains(type)) {
                last = type;
            }
        }
        String line = String.join(" → ", steps);
        if (deadLetter != null && !complete) {
            return new Story(subject, line + " … stopped: dead-lettered to " + deadLetter, false,
                    "dead-lettered to " + deadLetter);
        }
        if (complete || last == null || !NEXT.containsKey(last)) {
            return new Story(subject, line, complete, null);
        }
        Instant lastTime = records.getLast().time();
        String missing = "no " + NEXT.get(last) + " after " + Durations.words(Duration.between(lastTime, now));
        return new Story(subject, line + " … " + missing, false, missing);
    }

    private static String percent(RecordView record) {
        var matcher = PERCENT.matcher(record.value());
        return matcher.find() ? matcher.group(1) + " %" : "";
    }
}
