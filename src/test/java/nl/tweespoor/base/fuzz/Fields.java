package nl.tweespoor.base.fuzz;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import nl.tweespoor.base.fuzz.Fuzzer.Field;
import nl.tweespoor.base.fuzz.Inputs.Gen;
import org.jooq.TableField;

/** Draft fields whose limits come from the same jOOQ columns the services check against. */
final class Fields {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private Fields() {}

    static Field text(String name, TableField<?, String> column, boolean required) {
        int max = column.getDataType().length();
        return new Field(
                name, required ? Inputs.fineText(max) : Inputs.optionalText(max), Inputs.badText(max, required));
    }

    /** Text that must differ from every other value of the run (names with a unique key). */
    static Field uniqueText(String name, TableField<?, String> column) {
        int max = column.getDataType().length();
        var rest = Inputs.fineText(max - 8);
        return new Field(
                name, random -> "u" + UNIQUE.incrementAndGet() + " " + rest.apply(random), Inputs.badText(max, true));
    }

    /** A numeric(p, s) column whose values the domain limits to [min, max]. */
    static Field number(String name, TableField<?, BigDecimal> column, String min, String max, boolean required) {
        int precision = column.getDataType().precision();
        int scale = column.getDataType().scale();
        var largest = BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
        var top = largest.min(new BigDecimal(max)).toPlainString();
        var low = min == null ? largest.negate().toPlainString() : min;
        return new Field(
                name,
                required ? Inputs.fineNumber(low, top, scale) : Inputs.optionalNumber(low, top, scale),
                Inputs.badNumber(precision, scale, low, top, required));
    }

    /** An amount that differs from the one stored before, so a save really changes the row. */
    static Gen freshAmount() {
        return random -> BigDecimal.valueOf(1 + random.nextInt(100_000_000), 2);
    }

    static Field integer(String name, int min, int max, boolean required) {
        return new Field(name, Inputs.fineInt(min, max), Inputs.badInt(min, max, required));
    }

    static Field quarter(String name, int fromYear, boolean required) {
        Gen fine = random -> (fromYear + random.nextInt(10)) + "-Q" + (1 + random.nextInt(4));
        Gen optional = random -> random.nextInt(4) == 0 ? null : fine.apply(random);
        return new Field(name, required ? fine : optional, Inputs.badQuarter(required));
    }

    /** A value that takes {@code fine} and refuses {@code bad}; bad null means the field is never made bad. */
    static Field of(String name, Gen fine, Gen bad) {
        return new Field(name, fine, bad);
    }

    static int unique() {
        return UNIQUE.incrementAndGet();
    }
}
