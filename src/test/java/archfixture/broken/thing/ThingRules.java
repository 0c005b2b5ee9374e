package archfixture.broken.thing;

import archfixture.broken.other.OtherRules;

/** With OtherService → ThingService, a cycle between the features thing and other. */
final class ThingRules {
    static int weight() {
        return OtherRules.weight();
    }
}
