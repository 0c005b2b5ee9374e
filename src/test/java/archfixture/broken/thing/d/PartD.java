package archfixture.broken.thing.d;

import archfixture.broken.thing.c.PartC;

public class PartD {
    public PartC back() {
        return null;
    }
}
