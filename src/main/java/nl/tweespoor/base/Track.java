package nl.tweespoor.base;

/** The two tracks of an AI transformation. */
public enum Track {
    /** Many light experiments with personal AI. */
    PERSONAL,
    /** Few larger programmes tied to strategic goals. */
    STRATEGIC
}
