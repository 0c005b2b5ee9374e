package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.KPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The limits come from the generated columns: varchar(n) in characters as PostgreSQL counts them, numeric(p, s). */
class ColumnLimitsTest {

    @Test
    void the_maximum_length_is_the_column_length() {
        assertThat(ColumnLimits.max(INITIATIVE.TITLE)).isEqualTo(200);
        assertThat(ColumnLimits.max(KPI.UNIT)).isEqualTo(40);
        assertThat(ColumnLimits.largest(BUDGET_LINE.PLANNED)).isEqualTo(new BigDecimal("999999999999.99"));
        assertThat(ColumnLimits.largest(KPI.TARGET)).isEqualTo(new BigDecimal("99999999999999.99"));
    }

    @Test
    void text_up_to_the_column_length_passes_counting_an_emoji_as_one_character() {
        assertThatCode(() -> ColumnLimits.text("field.kpi-unit", "😀".repeat(40), KPI.UNIT))
                .doesNotThrowAnyException();
        assertThatCode(() -> ColumnLimits.text("field.kpi-unit", "  " + "x".repeat(40) + "\n", KPI.UNIT))
                .doesNotThrowAnyException();
        assertThatCode(() -> ColumnLimits.text("field.kpi-unit", null, KPI.UNIT))
                .doesNotThrowAnyException();
        assertRefused(
                () -> ColumnLimits.text("field.kpi-unit", "😀".repeat(41), KPI.UNIT),
                "validation.too-long",
                "field.kpi-unit",
                40);
        assertRefused(
                () -> ColumnLimits.text("field.kpi-unit", "e" + "\u0301".repeat(40), KPI.UNIT),
                "validation.too-long",
                "field.kpi-unit",
                40);
    }

    @Test
    void nul_other_control_characters_and_half_an_emoji_are_refused() {
        for (var text : new String[] {"a\u0000b", "\u0001", "a\u001Bb", "a\uD83Db", "a\uDE00", "\uD83D"}) {
            assertRefused(
                    () -> ColumnLimits.text("field.title", text, INITIATIVE.TITLE),
                    "validation.unstorable-character",
                    "field.title");
        }
        assertThatCode(() -> ColumnLimits.text("field.title", "regel 1\r\n\tregel 2 👩‍💻 שלום", INITIATIVE.TITLE))
                .doesNotThrowAnyException();
    }

    @Test
    void numbers_must_fit_the_columns_digits_and_decimals() {
        for (var fits : new String[] {"99999999999999.99", "-99999999999999.99", "0", "1.5", "2.50000", "0E+9"}) {
            assertThatCode(() -> ColumnLimits.number("field.kpi-target", new BigDecimal(fits), KPI.TARGET))
                    .as(fits)
                    .doesNotThrowAnyException();
        }
        assertRefused(
                () -> ColumnLimits.number("field.kpi-target", new BigDecimal("100000000000000"), KPI.TARGET),
                "validation.too-large",
                "field.kpi-target",
                new BigDecimal("99999999999999.99"));
        assertRefused(
                () -> ColumnLimits.number("field.kpi-target", new BigDecimal("-1E+20"), KPI.TARGET),
                "validation.too-small",
                "field.kpi-target",
                new BigDecimal("-99999999999999.99"));
        assertRefused(
                () -> ColumnLimits.number("field.kpi-target", new BigDecimal("0.001"), KPI.TARGET),
                "validation.too-many-decimals",
                "field.kpi-target",
                2);
    }

    @Test
    void absurd_scales_and_exponents_are_refused_without_computing_with_them() {
        var absurd = new BigDecimal[] {
            new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
            new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE),
            new BigDecimal(BigInteger.ZERO, 100_000),
            new BigDecimal("1E+1000000")
        };
        for (var value : absurd) {
            assertThatThrownBy(() -> ColumnLimits.number("field.amount", value, BUDGET_LINE.PLANNED))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    private static void assertRefused(Runnable check, String key, Object... arguments) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }
}
