package dev.keel.core.emit.contracttest;

import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The generated tests, written into their own test source root: negative tests per constraint of the contract, run
 * against the user's running application through {@code KeelTestClient}, and a round-trip test per variant of every
 * polymorphic (discriminated or deduced) schema, a plain unit test of the generated model.
 */
public final class ContractTestEmitters {

    private ContractTestEmitters() {
    }

    /** Every test source, sorted by path; nothing when no constraint can be broken and no schema is polymorphic. */
    public static List<GeneratedFile> emit(EmitContext context) {
        List<GeneratedFile> tests = new ValidationTestEmitter().emit(context);
        List<GeneratedFile> files = new ArrayList<>(tests);
        if (!tests.isEmpty()) {
            files.addAll(new KeelTestClientEmitter().emit(context));
            files.addAll(new ContractRequestsEmitter().emit(context));
        }
        files.addAll(new PolymorphismRoundTripEmitter().emit(context));
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        return files;
    }
}
