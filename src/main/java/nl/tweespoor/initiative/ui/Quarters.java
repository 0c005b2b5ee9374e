package nl.tweespoor.initiative.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.base.Quarter;

/** The quarters a planner picks from: two years back to four years ahead. */
final class Quarters {

    private Quarters() {}

    static List<String> choices() {
        var first = Quarter.of(LocalDate.now()).plus(-8);
        var list = new ArrayList<String>();
        for (int i = 0; i < 24; i++) {
            list.add(first.plus(i).toString());
        }
        return list;
    }
}
