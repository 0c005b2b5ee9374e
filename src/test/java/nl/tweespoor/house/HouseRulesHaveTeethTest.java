package nl.tweespoor.house;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the house is seen to fail: each breaks on the fixture in test package {@code archfixture.broken},
 * naming the class that breaks it, and holds on {@code archfixture.clean}, which keeps all of them. The fixtures
 * live outside nl.tweespoor, so the real ArchitectureTest never sees them.
 */
class HouseRulesHaveTeethTest {

    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages("archfixture.broken");
    private static final JavaClasses CLEAN = new ClassFileImporter().importPackages("archfixture.clean");

    private static final HouseRules BROKEN_HOUSE = new HouseRules("archfixture.broken");
    private static final HouseRules CLEAN_HOUSE = new HouseRules("archfixture.clean");

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("Vaadin outside ui", HouseRules::vaadinOnlyInViewsAndSecurity, "VaadinOutsideUi"),
                rule("a service holding a DSLContext", HouseRules::databaseOnlyInQueries, "ThingService"),
                rule("a generated table in a service", HouseRules::generatedClassesOnlyInQueries, "ThingService"),
                rule("base using a feature", HouseRules::baseDependsOnNoFeature, "Leak"),
                rule("features thing ↔ other", HouseRules::noCyclesBetweenFeatures, "Slice other"),
                rule("parts thing.c ↔ thing.d", HouseRules::noCyclesBetweenFeatureParts, "PartC"),
                rule("packages thing.a.one ↔ thing.a.two", HouseRules::noCyclesBetweenPackages, "One"),
                rule(
                        "a service method without a transaction",
                        HouseRules::serviceMethodsAreTransactionalAndSecured,
                        "withoutTransaction() runs outside a transaction"),
                rule(
                        "a service method without a role check",
                        HouseRules::serviceMethodsAreTransactionalAndSecured,
                        "withoutRoleCheck() checks no role"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void each_rule_fails_on_code_that_breaks_it(String breach, Function<HouseRules, ArchRule> rule, String culprit) {
        var result = rule.apply(BROKEN_HOUSE).evaluate(BROKEN);

        assertThat(result.hasViolation()).as(breach).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .as(breach)
                .contains(culprit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void each_rule_holds_on_code_that_keeps_it(String breach, Function<HouseRules, ArchRule> rule, String culprit) {
        var result = rule.apply(CLEAN_HOUSE).evaluate(CLEAN);

        assertThat(result.getFailureReport().getDetails()).as(breach).isEmpty();
    }

    private static Arguments rule(String breach, Function<HouseRules, ArchRule> rule, String culprit) {
        return Arguments.of(breach, rule, culprit);
    }
}
