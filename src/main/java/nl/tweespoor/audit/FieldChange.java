package nl.tweespoor.audit;

/** One field of an audited row, before and after the change (null where the row did not exist). */
public record FieldChange(String field, String before, String after) {

    public boolean changed() {
        return before == null ? after != null : !before.equals(after);
    }
}
