package nl.tweespoor.base.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.tweespoor.admin.AccountRules;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.admin.OrganisationSettings;
import nl.tweespoor.budget.Amounts;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.comment.Comment;
import nl.tweespoor.db.DefaultSchema;
import nl.tweespoor.governance.AssessmentService;
import nl.tweespoor.governance.PrincipleDraft;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.governance.risk.RiskClass;
import nl.tweespoor.initiative.StageGate;
import nl.tweespoor.priority.PriorityService;
import org.jooq.Field;
import org.junit.jupiter.api.Test;

/**
 * Every limit the drafts and services declare is the schema's: a {@link Text} on a draft has its column's length, an
 * {@link Amount} its column's precision and scale, and so do the constants that single values are checked against.
 * A migration that changes a column fails here until the declaration follows.
 */
class DeclaredLimitsTest {

    private static final List<Class<?>> MAIN_RECORDS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.tweespoor").stream()
                    .filter(JavaClass::isRecord)
                    .<Class<?>>map(JavaClass::reflect)
                    .toList();

    @Test
    void every_text_limit_on_a_draft_is_its_columns_length() {
        var declared = new ArrayList<String>();
        for (var type : MAIN_RECORDS) {
            for (var component : type.getRecordComponents()) {
                var text = component.getAnnotation(Text.class);
                if (text != null) {
                    declared.add(type.getSimpleName() + "." + component.getName());
                    assertThat(text.max())
                            .as("%s.%s against %s", type.getSimpleName(), component.getName(), text.column())
                            .isEqualTo(column(text.column()).getDataType().length());
                }
            }
        }
        assertThat(declared).as("drafts with text limits").hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void every_amount_on_a_draft_has_its_columns_precision_and_scale() {
        var declared = new ArrayList<String>();
        for (var type : MAIN_RECORDS) {
            for (var component : type.getRecordComponents()) {
                var amount = component.getAnnotation(Amount.class);
                if (amount != null) {
                    declared.add(type.getSimpleName() + "." + component.getName());
                    var dataType = column(amount.column()).getDataType();
                    assertThat(List.of(amount.precision(), amount.scale()))
                            .as("%s.%s against %s", type.getSimpleName(), component.getName(), amount.column())
                            .containsExactly(dataType.precision(), dataType.scale());
                }
            }
        }
        assertThat(declared).as("drafts with amounts").hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void the_limits_of_single_values_are_their_columns_lengths() {
        assertLength(AccountRules.MAX_USERNAME, "app_user.username");
        assertLength(AccountRules.MAX_DISPLAY_NAME, "app_user.display_name");
        assertLength(AccountRules.MAX_EMAIL, "app_user.email");
        assertLength(DepartmentService.MAX_NAME, "department.name");
        assertLength(OrganisationSettings.MAX_NAME, "app_setting.organisation_name");
        assertLength(Comment.MAX_BODY, "item_comment.body");
        assertLength(AssessmentService.MAX_NOTE, "principle_assessment.note");
        assertLength(StageGate.MAX_OVERRIDE_REASON, "gate_override.reason");
        assertLength(FragmentationService.MAX_REASON, "fragmentation_note.reason");
        assertLength(FragmentationService.MAX_KEY, "fragmentation_note.group_key");
        assertLength(RiskClass.MAX_JUSTIFICATION, "initiative.risk_justification");
        assertLength(PrincipleDraft.MAX_CODE, "principle.code");
    }

    @Test
    void the_single_amounts_have_their_columns_precision_and_scale() {
        for (var name : List.of("budget_line.planned", "budget_line.actual", "budget_envelope.amount")) {
            assertNumeric(Amounts.PRECISION, Amounts.SCALE, name);
        }
        assertNumeric(BudgetService.PERCENT_PRECISION, BudgetService.PERCENT_SCALE, "app_setting.redesign_target_pct");
        for (var weight : List.of("value", "strategic_fit", "feasibility", "urgency", "risk")) {
            assertNumeric(
                    PriorityService.WEIGHT_PRECISION, PriorityService.WEIGHT_SCALE, "app_setting.weight_" + weight);
        }
    }

    private static void assertLength(int declared, String column) {
        assertThat(declared).as(column).isEqualTo(column(column).getDataType().length());
    }

    private static void assertNumeric(int precision, int scale, String column) {
        var dataType = column(column).getDataType();
        assertThat(List.of(precision, scale)).as(column).containsExactly(dataType.precision(), dataType.scale());
    }

    private static Field<?> column(String tableDotColumn) {
        var parts = tableDotColumn.split("\\.");
        var table = DefaultSchema.DEFAULT_SCHEMA.getTable(parts[0]);
        assertThat(table).as("table %s", parts[0]).isNotNull();
        var field = table.field(parts[1]);
        assertThat(field).as("column %s", tableDotColumn).isNotNull();
        assertThat(Arrays.asList(table.fields())).contains(field);
        return field;
    }
}
