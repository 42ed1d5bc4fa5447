package dev.keel.core.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code keel:check} found: committed files that are out of date and the contract's changes since the
 * committed snapshot.
 */
public record CheckResult(List<StaleFile> stale, List<ContractChange> changes) {

    public static final String FIX_COMMAND = "mvn keel:generate";

    public CheckResult {
        stale = List.copyOf(stale);
        changes = List.copyOf(changes);
    }

    public boolean upToDate() {
        return stale.isEmpty();
    }

    public List<ContractChange> breaking() {
        return changes.stream().filter(ContractChange::breaking).toList();
    }

    /** The stale files, each with its diff, then the command that brings them up to date. */
    public String describeStale() {
        return "Keel: " + stale.size() + " committed " + (stale.size() == 1 ? "file is" : "files are")
                + " out of date with the contract and DDL:\n"
                + stale.stream().map(file -> "  " + file.file() + "\n" + file.unifiedDiff())
                        .collect(Collectors.joining("\n"))
                + "\nRun `" + FIX_COMMAND + "` (or the build) and commit the result.";
    }

    public String describeBreaking() {
        return "Keel: the contract has " + breaking().size() + " breaking "
                + (breaking().size() == 1 ? "change" : "changes") + " since the committed snapshot:\n"
                + breaking().stream().map(change -> "  " + change.format()).collect(Collectors.joining("\n"));
    }
}
