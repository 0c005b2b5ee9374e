package nl.tweespoor.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The conversions both writers share: numbers to BigDecimal, instants to the organisation's local time. */
final class Values {

    /** The organisation's days and hours (as the audit log shows them). */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Values() {}

    static BigDecimal number(Object value) {
        return switch (value) {
            case BigDecimal d -> d;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> BigDecimal.valueOf(f);
            case Number n -> new BigDecimal(n.toString());
            default -> throw new IllegalArgumentException("not a number: " + value.getClass());
        };
    }

    static LocalDate date(Object value) {
        return switch (value) {
            case LocalDate d -> d;
            case LocalDateTime t -> t.toLocalDate();
            case OffsetDateTime t -> t.atZoneSameInstant(ZONE).toLocalDate();
            default -> throw new IllegalArgumentException("not a date: " + value.getClass());
        };
    }

    static LocalDateTime dateTime(Object value) {
        return switch (value) {
            case OffsetDateTime t -> t.atZoneSameInstant(ZONE).toLocalDateTime();
            case LocalDateTime t -> t;
            case LocalDate d -> d.atStartOfDay();
            default -> throw new IllegalArgumentException("not a date and time: " + value.getClass());
        };
    }
}
