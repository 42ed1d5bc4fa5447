package dev.keel.core.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several command lines of {@link KeelCli} in one JVM, for {@code benchmarks/keel-cli-cds.sh}: a class-data
 * archive or an AOT cache holds what one process loaded, and one contract leaves paths out (a JSON contract's reader,
 * an OpenAPI 3.0 contract's resolver), whose classes a later run would then load and verify from the jar.
 *
 * <p>Usage: {@code java -cp keel-cli.jar dev.keel.core.cli.ArchiveTraining generate ... --then generate ...}
 */
public final class ArchiveTraining {

    static final String SEPARATOR = "--then";

    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        KeelCli.quietLogging();
        KeelCli cli = new KeelCli(System.out, System.err);
        int worst = 0;
        for (List<String> command : commands(args)) {
            worst = Math.max(worst, cli.run(command.toArray(String[]::new)));
        }
        System.exit(worst);
    }

    /** The command lines between the separators, in order. */
    static List<List<String>> commands(String... args) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String argument : Arrays.asList(args)) {
            if (argument.equals(SEPARATOR)) {
                commands.add(List.copyOf(current));
                current.clear();
            } else {
                current.add(argument);
            }
        }
        commands.add(List.copyOf(current));
        return commands;
    }
}
