package archfixture.broken.thing.a.two;

import archfixture.broken.thing.a.one.One;

public class Two {
    public One back() {
        return null;
    }
}
