package archfixture.broken.other;

import archfixture.broken.thing.ThingService;

/** Depends on thing, which depends on other. */
public class OtherService {
    public Object thing(ThingService things) {
        return things;
    }
}
