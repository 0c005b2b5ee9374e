package nl.tweespoor.house;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the house (HOUSE-STYLE.md, README "The house") for the code under one root package. ArchitectureTest
 * applies them to nl.tweespoor; HouseRulesHaveTeethTest applies the same rules to fixtures that break each of them
 * and to fixtures that keep them, so every rule is seen to fail and to pass.
 */
final class HouseRules {

    /** Where SQL may be written: repositories and the query classes they compose (names say so). */
    static final List<String> QUERY_CLASS_SUFFIXES = List.of("Repository", "Queries", "Query", "Sql", "Statements");

    private final String root;

    HouseRules(String root) {
        this.root = root;
    }

    /** Vaadin belongs to the views ({@code ..ui..}), the security set-up and the application shell. */
    ArchRule vaadinOnlyInViewsAndSecurity() {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackages(root + "..ui..", root + ".security..")
                .and()
                .doNotHaveFullyQualifiedName(root + ".Application")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .allowEmptyShould(false)
                .because("screens are built in ui packages; services and rules stay plain Java");
    }

    /** Only repositories and query classes talk to the database (the demo loader and the start-up set-up aside). */
    ArchRule databaseOnlyInQueries() {
        return noClasses()
                .that(outsideTheDatabaseLayer())
                .should()
                .dependOnClassesThat()
                .areAssignableTo(DSLContext.class)
                .allowEmptyShould(false)
                .because("one way through: view → service → repository");
    }

    /**
     * The generated jOOQ classes (tables, records) only in repositories and query classes: services and rules work
     * on the feature's own records, so the schema's shape can change behind the repositories.
     */
    ArchRule generatedClassesOnlyInQueries() {
        return noClasses()
                .that(outsideTheDatabaseLayer())
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".db..")
                .allowEmptyShould(false)
                .because("the schema's shape stays behind the repositories");
    }

    /** base is the ground floor: every feature may use it, it uses no feature. */
    ArchRule baseDependsOnNoFeature() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".base..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage(root + "..").and(not(resideInAnyPackage(root + ".base..", root + ".db.."))))
                .allowEmptyShould(false)
                .because("features plug into base (NavbarItem, ItemPageSection, SignedInLanguage), never the reverse");
    }

    /** No cycles between the features (first package segment). */
    ArchRule noCyclesBetweenFeatures() {
        return slices().matching(root + ".(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(generatedCode(), alwaysTrue())
                .allowEmptyShould(false);
    }

    /** No cycles between a feature's parts (second package segment: governance.risk, governance.ui, …). */
    ArchRule noCyclesBetweenFeatureParts() {
        return slices().matching(root + ".(*).(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(generatedCode(), alwaysTrue())
                .allowEmptyShould(false);
    }

    /** No cycles between any two packages, at whatever depth. */
    ArchRule noCyclesBetweenPackages() {
        return slices().matching(root + ".(**)")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(generatedCode(), alwaysTrue())
                .allowEmptyShould(false);
    }

    /**
     * Every public method of a service runs in a transaction and checks who calls (@PreAuthorize, on the method or
     * the class). The documented exception: the {@code may…} probes, which only tell a view whether to offer an
     * action and decide nothing themselves (the action's own method checks again).
     */
    ArchRule serviceMethodsAreTransactionalAndSecured() {
        return methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(root + "..")
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and()
                .doNotHaveModifier(JavaModifier.STATIC)
                .and()
                .haveNameNotStartingWith("may")
                .should(beTransactionalAndSecured())
                .allowEmptyShould(false);
    }

    List<ArchRule> all() {
        return List.of(
                vaadinOnlyInViewsAndSecurity(),
                databaseOnlyInQueries(),
                generatedClassesOnlyInQueries(),
                baseDependsOnNoFeature(),
                noCyclesBetweenFeatures(),
                noCyclesBetweenFeatureParts(),
                noCyclesBetweenPackages(),
                serviceMethodsAreTransactionalAndSecured());
    }

    /** jOOQ's generated code (tables ↔ keys ↔ records) has cycles of its own making; it is no part of the house. */
    private DescribedPredicate<JavaClass> generatedCode() {
        return resideInAPackage(root + ".db..");
    }

    private DescribedPredicate<JavaClass> outsideTheDatabaseLayer() {
        return resideInAPackage(root + "..")
                .and(not(resideInAnyPackage(
                        root + ".db..",
                        // the demo story and the generated large portfolio are bulk loaders, not features
                        root + ".demo..",
                        // start-up wiring: jOOQ's configuration, the database role check
                        root + ".base.config..")))
                .and(not(annotatedWith(Repository.class)))
                .and(not(queryClass()))
                .as("classes outside repositories and query classes");
    }

    private static DescribedPredicate<JavaClass> queryClass() {
        DescribedPredicate<JavaClass> named = DescribedPredicate.alwaysFalse();
        for (var suffix : QUERY_CLASS_SUFFIXES) {
            named = named.or(simpleNameEndingWith(suffix));
        }
        // nested and anonymous classes of a query class belong to it
        DescribedPredicate<JavaClass> direct = named;
        return DescribedPredicate.describe(
                "query classes", javaClass -> direct.test(javaClass) || enclosedBy(javaClass, direct));
    }

    private static boolean enclosedBy(JavaClass javaClass, DescribedPredicate<JavaClass> predicate) {
        var enclosing = javaClass.getEnclosingClass();
        while (enclosing.isPresent()) {
            if (predicate.test(enclosing.get())) {
                return true;
            }
            enclosing = enclosing.get().getEnclosingClass();
        }
        return false;
    }

    private static ArchCondition<JavaMethod> beTransactionalAndSecured() {
        return new ArchCondition<>("be @Transactional and @PreAuthorize (on the method or its class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                var owner = method.getOwner();
                boolean transactional =
                        method.isAnnotatedWith(Transactional.class) || owner.isAnnotatedWith(Transactional.class);
                boolean secured =
                        method.isAnnotatedWith(PreAuthorize.class) || owner.isAnnotatedWith(PreAuthorize.class);
                if (!transactional) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " runs outside a transaction"));
                }
                if (!secured) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " checks no role (@PreAuthorize)"));
                }
            }
        };
    }
}
