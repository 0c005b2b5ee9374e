package archfixture.broken.thing.c;

import archfixture.broken.thing.d.PartD;

/** A cycle between two parts of one feature (thing.c ↔ thing.d), invisible at the feature level. */
public class PartC {
    public PartD next() {
        return new PartD();
    }
}
