package archfixture.clean.db.tables;

import archfixture.clean.db.Keys;

/** Stands in for a jOOQ-generated table (which refers to its keys, and they to it). */
public class Thing {
    public static final Keys KEYS = new Keys();
}
