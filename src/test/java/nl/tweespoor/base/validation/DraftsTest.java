package nl.tweespoor.base.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import nl.tweespoor.base.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Limits in characters as PostgreSQL counts them, and numbers as numeric(p, s) holds them. */
class DraftsTest {

    /** A draft as the features declare theirs. */
    record Sample(
            @Text(field = "field.title", max = 10, column = "sample.title")
            String title,

            @Amount(field = "field.kpi-target", precision = 16, scale = 2, column = "sample.target")
            BigDecimal target,

            @Between(field = "field.satisfaction", min = 1, max = 5)
            Integer rating,

            @Text(field = "field.description", max = 10, column = "sample.description")
            String description) {}

    @Test
    void text_up_to_the_limit_passes_counting_an_emoji_as_one_character() {
        assertThatCode(() -> Drafts.text("field.kpi-unit", "😀".repeat(40), 40)).doesNotThrowAnyException();
        assertThatCode(() -> Drafts.text("field.kpi-unit", "  " + "x".repeat(40) + "\n", 40))
                .doesNotThrowAnyException();
        assertThatCode(() -> Drafts.text("field.kpi-unit", null, 40)).doesNotThrowAnyException();
        assertRefused(
                () -> Drafts.text("field.kpi-unit", "😀".repeat(41), 40), "validation.too-long", "field.kpi-unit", 40);
        assertRefused(
                () -> Drafts.text("field.kpi-unit", "e" + "\u0301".repeat(40), 40),
                "validation.too-long",
                "field.kpi-unit",
                40);
    }

    @Test
    void nul_other_control_characters_and_half_an_emoji_are_refused() {
        for (var text : new String[] {"a\u0000b", "\u0001", "a\u001Bb", "a\uD83Db", "a\uDE00", "\uD83D"}) {
            assertRefused(
                    () -> Drafts.text("field.title", text, 200), "validation.unstorable-character", "field.title");
        }
        assertThatCode(() -> Drafts.text("field.title", "regel 1\r\n\tregel 2 👩‍💻 שלום", 200))
                .doesNotThrowAnyException();
    }

    @Test
    void numbers_must_fit_the_columns_digits_and_decimals() {
        for (var fits : new String[] {"99999999999999.99", "-99999999999999.99", "0", "1.5", "2.50000", "0E+9"}) {
            assertThatCode(() -> Drafts.amount("field.kpi-target", new BigDecimal(fits), 16, 2))
                    .as(fits)
                    .doesNotThrowAnyException();
        }
        assertRefused(
                () -> Drafts.amount("field.kpi-target", new BigDecimal("100000000000000"), 16, 2),
                "validation.too-large",
                "field.kpi-target",
                new BigDecimal("99999999999999.99"));
        assertRefused(
                () -> Drafts.amount("field.kpi-target", new BigDecimal("-1E+20"), 16, 2),
                "validation.too-small",
                "field.kpi-target",
                new BigDecimal("-99999999999999.99"));
        assertRefused(
                () -> Drafts.amount("field.kpi-target", new BigDecimal("0.001"), 16, 2),
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
            assertThatThrownBy(() -> Drafts.amount("field.amount", value, 14, 2))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void a_draft_is_refused_for_its_first_broken_component_in_declaration_order() {
        assertThatCode(() -> Drafts.check(new Sample("Titel", new BigDecimal("1.50"), 3, null)))
                .doesNotThrowAnyException();
        assertRefused(
                () -> Drafts.check(new Sample("x".repeat(11), new BigDecimal("0.001"), 9, "y".repeat(11))),
                "validation.too-long",
                "field.title",
                10);
        assertRefused(
                () -> Drafts.check(new Sample("ok", new BigDecimal("0.001"), 9, "y".repeat(11))),
                "validation.too-many-decimals",
                "field.kpi-target",
                2);
        assertRefused(
                () -> Drafts.check(new Sample("ok", null, 9, "y".repeat(11))),
                "validation.between",
                "field.satisfaction",
                1L,
                5L);
        assertRefused(
                () -> Drafts.check(new Sample("ok", null, null, "a\u0000")),
                "validation.unstorable-character",
                "field.description");
    }

    private static void assertRefused(Runnable check, String key, Object... arguments) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }
}
