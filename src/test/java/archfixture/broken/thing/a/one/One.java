package archfixture.broken.thing.a.one;

import archfixture.broken.thing.a.two.Two;

/** A cycle deep inside one part (thing.a.one ↔ thing.a.two), seen only package by package. */
public class One {
    public Two next() {
        return new Two();
    }
}
