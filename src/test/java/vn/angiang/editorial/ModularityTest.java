package vn.angiang.editorial;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The application is one platform and several processes of the Editorial Board, each a package of its
 * own: a process may use the platform, never another process, and the platform uses no process. What
 * two processes share belongs in the platform. Checked on the main classes, including the processes
 * yet to come.
 */
@AnalyzeClasses(packages = ModularityTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTest {

    static final String ROOT = "vn.angiang.editorial";
    static final String PLATFORM = ROOT + ".platform";

    /** The process packages: those of today and those planned. */
    static final List<String> PROCESSES = List.of("content", "feedback", "meeting", "royalty", "report");

    @ArchTest
    static final ArchRule processesDoNotReachIntoEachOther = slices()
            .assignedFrom(new ProcessSlices())
            .should().notDependOnEachOther()
            .because("a process uses the platform, and what two processes share belongs in the platform");

    @ArchTest
    static final ArchRule thePlatformDoesNotReachIntoAnyProcess = noClasses()
            .that().resideInAPackage(PLATFORM + "..")
            .should().dependOnClassesThat().resideInAnyPackage(PROCESSES.stream()
                    .map(process -> ROOT + "." + process + "..").toArray(String[]::new))
            .because("the platform serves every process and knows none of them");

    /** Each class of {@code vn.angiang.editorial.<process>..} belongs to the slice of its process; the rest to none. */
    static final class ProcessSlices implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            for (String process : PROCESSES) {
                String base = ROOT + "." + process;
                if (pkg.equals(base) || pkg.startsWith(base + ".")) {
                    return SliceIdentifier.of(process);
                }
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the process packages " + PROCESSES + " of " + ROOT;
        }
    }
}
