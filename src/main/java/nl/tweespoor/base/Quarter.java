package nl.tweespoor.base;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** A calendar quarter such as 2027-Q1; all planning in Tweespoor is by quarter. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number must be 1-4: " + number);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter parse(String text) {
        var matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new InvalidInputException("error.quarter-format", text);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public Quarter plus(int quarters) {
        int index = year * 4 + (number - 1) + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** How many quarters lie from this one to {@code other}: 0 for the same, negative when other is earlier. */
    public int until(Quarter other) {
        return (other.year * 4 + other.number) - (year * 4 + number);
    }

    /** The share of this quarter that has passed at the start of {@code day} (0 on its first day). */
    public double elapsedAt(LocalDate day) {
        double passed = ChronoUnit.DAYS.between(firstDay(), day);
        double length = ChronoUnit.DAYS.between(firstDay(), plus(1).firstDay());
        return passed / length;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
