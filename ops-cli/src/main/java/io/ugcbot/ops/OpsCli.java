package io.ugcbot.ops;

import io.ugcbot.ops.deadletters.DeadLettersCommand;
import io.ugcbot.ops.offsets.OffsetsCommand;
import io.ugcbot.ops.replay.ReplayCommand;
import io.ugcbot.ops.trace.TraceCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code bin/trace}, {@code bin/replay}, {@code bin/dlt} and {@code bin/offsets} are this tool's verbs. */
@Command(name = "ops", mixinStandardHelpOptions = true,
        description = "Trace a generation, replay a slice of a topic, dead letters and consumer offsets.",
        subcommands = {TraceCommand.class, ReplayCommand.class, DeadLettersCommand.class, OffsetsCommand.class})
public final class OpsCli {

    private OpsCli() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: a container without one printed the stories' arrows as "?"
        System.exit(run(OpsSettings.fromEnvironment(System.getenv()),
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args));
    }

    /** Runs one command against these settings; what tests call. Exit codes: 0 done, 2 bad usage, 3 refused, 1 failed. */
    public static int run(OpsSettings settings, PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(OpsCli.class, new SettingsFactory(settings));
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((failure, commandLine, parsed) -> {
            StringBuilder why = new StringBuilder("failed: ").append(failure.getMessage());
            for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
                why.append("\n  because: ").append(cause);
            }
            commandLine.getErr().println(why);
            return 1;
        });
        return line.execute(args);
    }

    /** Hands every command the settings (picocli builds the commands). */
    private record SettingsFactory(OpsSettings settings) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(OpsSettings.class).newInstance(settings);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
