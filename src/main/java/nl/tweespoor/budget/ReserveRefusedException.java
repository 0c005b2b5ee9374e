package nl.tweespoor.budget;

import java.math.BigDecimal;
import nl.tweespoor.base.InvalidInputException;

/** A plan on an optimise item that would eat into the year's redesign reserve; a leader may override it. */
public class ReserveRefusedException extends InvalidInputException {

    private final int year;
    private final BigDecimal roomLeft;

    ReserveRefusedException(int year, BigDecimal roomLeft) {
        super("reserve.refused", year, roomLeft);
        this.year = year;
        this.roomLeft = roomLeft;
    }

    public int year() {
        return year;
    }

    public BigDecimal roomLeft() {
        return roomLeft;
    }
}
