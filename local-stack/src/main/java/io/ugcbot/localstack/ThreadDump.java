package io.ugcbot.localstack;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/** Every live thread with its state and full stack, as text for a log: what a hung start leaves to look at. */
final class ThreadDump {

    private ThreadDump() {
    }

    static String ofAllThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().getName()))
                .map(ThreadDump::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Map.Entry<Thread, StackTraceElement[]> entry) {
        Thread thread = entry.getKey();
        StringBuilder text = new StringBuilder()
                .append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
        for (StackTraceElement frame : entry.getValue()) {
            text.append("    at ").append(frame).append('\n');
        }
        return text.toString();
    }
}
