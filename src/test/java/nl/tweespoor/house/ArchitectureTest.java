package nl.tweespoor.house;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import nl.tweespoor.Application;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.security.SystemAuditEvent;
import org.jspecify.annotations.NullMarked;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/** HOUSE-STYLE.md: packages by feature, one way through the house (view → service → repository), no cycles. */
@AnalyzeClasses(packages = "nl.tweespoor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final HouseRules HOUSE = new HouseRules("nl.tweespoor");

    @ArchTest
    static final ArchRule vaadin_is_used_only_in_views_and_security = HOUSE.vaadinOnlyInViewsAndSecurity();

    @ArchTest
    static final ArchRule only_repositories_and_query_classes_hold_a_dsl_context = HOUSE.databaseOnlyInQueries();

    @ArchTest
    static final ArchRule generated_classes_are_used_only_in_repositories_and_query_classes =
            HOUSE.generatedClassesOnlyInQueries();

    @ArchTest
    static final ArchRule base_depends_on_no_feature = HOUSE.baseDependsOnNoFeature();

    @ArchTest
    static final ArchRule features_are_free_of_cycles = HOUSE.noCyclesBetweenFeatures();

    @ArchTest
    static final ArchRule parts_of_features_are_free_of_cycles = HOUSE.noCyclesBetweenFeatureParts();

    @ArchTest
    static final ArchRule packages_are_free_of_cycles_at_any_depth = HOUSE.noCyclesBetweenPackages();

    @ArchTest
    static final ArchRule public_service_methods_are_transactional_and_secured =
            HOUSE.serviceMethodsAreTransactionalAndSecured();

    @ArchTest
    static final ArchRule views_do_not_touch_the_database = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "nl.tweespoor.db..")
            .orShould()
            .dependOnClassesThat()
            .areAnnotatedWith(Repository.class)
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule repositories_are_used_only_in_their_own_package = classes()
            .that()
            .areAnnotatedWith(Repository.class)
            .should(beAccessedOnlyFromTheirOwnPackage())
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule services_are_public =
            classes().that().areAnnotatedWith(Service.class).should().bePublic().allowEmptyShould(false);

    @ArchTest
    static final ArchRule repositories_are_not_public = classes()
            .that()
            .areAnnotatedWith(Repository.class)
            .should()
            .notBePublic()
            .allowEmptyShould(false);

    /** Audit events are written by services in the user's name; screens never write them. */
    @ArchTest
    static final ArchRule views_do_not_write_audit_events = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(AuditLog.class)
            .allowEmptyShould(false);

    /** Events no user caused (sign-in locks, the first admin) come from the security package only. */
    @ArchTest
    static final ArchRule only_security_creates_system_audit_events = noClasses()
            .that()
            .resideOutsideOfPackage("nl.tweespoor.security..")
            .should()
            .callConstructor(
                    SystemAuditEvent.class,
                    String.class,
                    String.class,
                    Long.class,
                    String.class,
                    String.class,
                    String.class)
            .allowEmptyShould(false);

    /** The unguarded way into the audit log (actor 'system') is taken only for the security package's events. */
    @ArchTest
    static final ArchRule only_system_events_write_as_system = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("nl.tweespoor.audit.SystemEvents")
            .should()
            .callMethod(AuditLog.class, "recordSystemEvent", AuditEntry.class)
            .allowEmptyShould(false);

    /** The rules above check nothing if a package or annotation they name matches no class. */
    /** NullAway checks only @NullMarked code: every package of ours is, the generated jOOQ classes aside. */
    @ArchTest
    static void every_package_is_null_marked_so_null_away_checks_it(JavaClasses classes) {
        var packages = classes.stream()
                .map(JavaClass::getPackage)
                .filter(p ->
                        p.getName().startsWith("nl.tweespoor") && !p.getName().startsWith("nl.tweespoor.db"))
                .distinct()
                .toList();
        assertThat(packages)
                .hasSizeGreaterThan(30)
                .allSatisfy(p -> assertThat(p.isAnnotatedWith(NullMarked.class))
                        .as(p.getName())
                        .isTrue());
    }

    @ArchTest
    static void every_package_and_annotation_the_rules_name_matches_classes(JavaClasses classes) {
        assertThat(classes.that(resideInAPackage("..ui.."))).as("views").isNotEmpty();
        assertThat(classes.that(resideInAPackage("nl.tweespoor.base.ui..")))
                .as("shared widgets")
                .isNotEmpty();
        assertThat(classes.that(resideInAPackage("nl.tweespoor.base.i18n..")))
                .as("i18n")
                .isNotEmpty();
        assertThat(classes.that(resideInAPackage("nl.tweespoor.base.config..")))
                .as("start-up wiring")
                .isNotEmpty();
        assertThat(classes.that(resideInAPackage("nl.tweespoor.demo..")))
                .as("demo loader")
                .isNotEmpty();
        assertThat(classes.that(resideInAPackage("nl.tweespoor.security..")))
                .as("security")
                .isNotEmpty();
        assertThat(classes.that(resideInAPackage("nl.tweespoor.db..")))
                .as("generated jOOQ code")
                .isNotEmpty();
        assertThat(classes.that(JavaClass.Predicates.belongToAnyOf(Application.class)))
                .isNotEmpty();
        assertThat(classes.stream().filter(c -> c.isAnnotatedWith(Repository.class)))
                .as("repositories")
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(repository -> assertThat(repository.getDirectDependenciesToSelf())
                        .as("classes using %s", repository.getSimpleName())
                        .isNotEmpty());
        assertThat(classes.stream().filter(c -> c.isAnnotatedWith(Service.class)))
                .as("services")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(classes.stream()
                        .filter(c -> c.getPackageName().startsWith("nl.tweespoor.")
                                && !c.getPackageName().contains(".ui")
                                && c.getDirectDependenciesFromSelf().stream()
                                        .anyMatch(d -> d.getTargetClass()
                                                .getPackageName()
                                                .startsWith("org.jooq"))))
                .as("classes using jOOQ (so the package name 'org.jooq..' is spelled right)")
                .isNotEmpty();
        assertThat(classes.stream()
                        .filter(c -> c.getDirectDependenciesFromSelf().stream()
                                .anyMatch(
                                        d -> d.getTargetClass().getPackageName().startsWith("com.vaadin"))))
                .as("classes using Vaadin (so 'com.vaadin..' is spelled right)")
                .isNotEmpty();
        long features = classes.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("nl.tweespoor.") && !name.startsWith("nl.tweespoor.base"))
                .map(name -> name.split("\\.")[2])
                .distinct()
                .count();
        assertThat(features).as("feature slices besides base").isGreaterThanOrEqualTo(5);
    }

    /** The class or one of its nested classes (lambdas, records inside it) depends on a generated jOOQ class. */
    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be accessed only by classes in their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().stream()
                        .filter(dependency ->
                                !dependency.getOriginClass().getPackageName().equals(repository.getPackageName()))
                        .forEach(dependency ->
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        };
    }
}
