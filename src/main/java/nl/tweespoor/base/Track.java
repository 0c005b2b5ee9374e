package nl.tweespoor.base;

/** The two tracks of an AI transformation. */
public enum Track {
    /** Many light experiments with personal AI. */
    PERSONAL,
    /** Few larger programmes tied to strategic goals. */
    STRATEGIC;

    /** The address of an item's page on this track (the item views' routes experiments/:id and programmes/:id). */
    public String itemPath(long id) {
        return (this == PERSONAL ? "experiments/" : "programmes/") + id;
    }
}
