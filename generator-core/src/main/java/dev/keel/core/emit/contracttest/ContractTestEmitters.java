package dev.keel.core.emit.contracttest;

import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The generated tests, written into their own test source root: negative tests per constraint of the contract, run
 * against the user's running application through {@code KeelTestClient}. A round-trip test per polymorphic
 * (oneOf/discriminator) schema belongs here too once the model carries such schemas; today it carries none.
 */
public final class ContractTestEmitters {

    private ContractTestEmitters() {
    }

    /** Every test source, sorted by path; nothing when no operation has a constraint to break. */
    public static List<GeneratedFile> emit(EmitContext context) {
        List<GeneratedFile> tests = new ValidationTestEmitter().emit(context);
        if (tests.isEmpty()) {
            return List.of();
        }
        List<GeneratedFile> files = new ArrayList<>(tests);
        files.addAll(new KeelTestClientEmitter().emit(context));
        files.addAll(new ContractRequestsEmitter().emit(context));
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        return files;
    }
}
