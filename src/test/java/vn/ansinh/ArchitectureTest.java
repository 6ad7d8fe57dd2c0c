package vn.ansinh;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import vn.ansinh.shared.command.Command;

/**
 * The layering of AnSinh, checked on the compiled main classes (inline fully-qualified names count as much
 * as imports). From the bottom: {@code shared} (with its {@code kernel} of value objects and vocabulary),
 * the domains, each cut into {@code domain} → {@code application} → {@code web}, and {@code overview},
 * the pages that compose several domains.
 */
@AnalyzeClasses(packages = "vn.ansinh", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sharedImportsNoDomain = noClasses()
            .that()
            .resideInAPackage("vn.ansinh.shared..")
            .should()
            .dependOnClassesThat(resideInAPackage("vn.ansinh..").and(not(resideInAPackage("vn.ansinh.shared.."))))
            .because("every domain may use shared, so shared can use none of them");

    @ArchTest
    static final ArchRule theKernelNeedsNothingButPlainText = classes()
            .that()
            .resideInAPackage("vn.ansinh.shared.kernel..")
            .should()
            .onlyDependOnClassesThat(resideOutsideOfPackage("vn.ansinh..")
                    .or(resideInAnyPackage("vn.ansinh.shared.kernel..", "vn.ansinh.shared.text..")))
            .because("value objects and vocabulary work without the command engine, security or pages");

    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles = slices().matching("vn.ansinh.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a domain that needs another one must not be needed by it in return");

    @ArchTest
    static final ArchRule nothingDependsOnTheOverview = noClasses()
            .that()
            .resideOutsideOfPackage("vn.ansinh.overview..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("vn.ansinh.overview..")
            .because("the overview pages compose the domains from above");

    @ArchTest
    static final ArchRule theDomainLayerUsesNeitherApplicationNorWeb = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..application..", "..web..");

    @ArchTest
    static final ArchRule onlyPagesUseWebClasses = noClasses()
            .that()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..web..")
            .because("application and domain code runs without a page (commands, jobs, tests)");

    @ArchTest
    static final ArchRule onlyPagesUseJsf = noClasses()
            .that()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "org.primefaces..");

    @ArchTest
    static final ArchRule jsonComesFromTheProviderFoundOnce = noClasses()
            .should()
            .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                                    jakarta.json.Json.class))))
            .because(
                    "jakarta.json.Json looks its provider up with a ServiceLoader at every call: vn.ansinh.shared.kernel.Jsons"
                            + " holds the one found once");

    @ArchTest
    static final ArchRule pagesHaveNoEntityManager = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .because("a view turns an id into an entity through a service and makes one service call");

    @ArchTest
    static final ArchRule aPageViewLivesAsLongAsItsPage = classes()
            .that()
            .resideInAPackage("..web..")
            .and()
            .haveSimpleNameEndingWith("View")
            .should()
            .beAnnotatedWith(ViewScoped.class)
            .orShould()
            .beAnnotatedWith(RequestScoped.class)
            .because("one view-scoped (or request-scoped) view per page");

    @ArchTest
    static final ArchRule commandsLiveInApplicationPackages = classes()
            .that()
            .implement(Command.class)
            .should()
            .resideInAPackage("..application..")
            .because("every write is a command, run by the engine from a service");

    @ArchTest
    static final ArchRule entitiesLiveInDomainPackages = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .resideInAPackage("..domain..")
            .orShould()
            .haveFullyQualifiedName("vn.ansinh.shared.command.AuditRecord")
            .because("only the command engine's own audit record lives outside a domain");

    @ArchTest
    static final ArchRule statusesAreEnums = classes()
            .that()
            .haveSimpleNameEndingWith("Status")
            .should()
            .beEnums()
            .because("a status is an enum with its allowed transitions");
}
