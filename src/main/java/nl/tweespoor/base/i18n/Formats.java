package nl.tweespoor.base.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Amounts in EUR and dates, written the way a Dutch or English reader expects. */
public final class Formats {

    private static final Currency EURO = Currency.getInstance("EUR");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Formats() {}

    public static String euros(@Nullable BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getCurrencyInstance(Translations.supported(locale));
        format.setCurrency(EURO);
        format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    public static String number(BigDecimal value, Locale locale) {
        return value == null
                ? ""
                : NumberFormat.getNumberInstance(Translations.supported(locale)).format(value);
    }

    public static String dateTime(OffsetDateTime moment, Locale locale) {
        if (moment == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Translations.supported(locale))
                .format(moment.atZoneSameInstant(ZONE));
    }

    public static String date(OffsetDateTime moment, Locale locale) {
        if (moment == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Translations.supported(locale))
                .format(moment.atZoneSameInstant(ZONE));
    }

    /** A calendar day (a meeting date), written out: 14 oktober 2026 / October 14, 2026. */
    public static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Translations.supported(locale))
                .format(day);
    }
}
