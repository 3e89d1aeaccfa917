package io.ugcbot.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway's feature packages depend on each other in one direction only: {@code chat} (words, keyboards, the
 * router) under every feature, the conversation above the features it orchestrates, the update intake on top. A
 * cycle would mean a feature cannot be changed, or taken out, without the others.
 */
class PackageCyclesTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ugcbot.gateway");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.ugcbot.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
    }
}
