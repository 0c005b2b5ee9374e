package nl.tweespoor.imports;

import java.util.List;

/** A row of the sheet under its header: the row's number as the spreadsheet shows it (1 is the first) and its cells. */
record SheetRow(int number, List<SheetCell> cells) {

    SheetCell cell(int column) {
        return column < cells.size() ? cells.get(column) : SheetCell.EMPTY;
    }

    boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isBlank);
    }
}
