package archfixture.broken.base;

import archfixture.broken.other.OtherRules;

/** Breaks "base depends on no feature". */
public class Leak {
    public int weight() {
        return OtherRules.weight();
    }
}
