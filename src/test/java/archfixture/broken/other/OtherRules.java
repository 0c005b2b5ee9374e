package archfixture.broken.other;

public final class OtherRules {
    public static int weight() {
        return 2;
    }
}
