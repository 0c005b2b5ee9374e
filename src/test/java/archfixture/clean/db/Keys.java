package archfixture.clean.db;

import archfixture.clean.db.tables.Thing;

/** Stands in for jOOQ's generated keys. */
public class Keys {
    public Thing table() {
        return new Thing();
    }
}
