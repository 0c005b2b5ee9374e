package nl.tweespoor.review;

/** How far a review is: items on its agenda, how many are decided. */
public record AgendaProgress(int items, int decided) {

    public int undecided() {
        return items - decided;
    }
}
