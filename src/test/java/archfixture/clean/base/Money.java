package archfixture.clean.base;

/** A ground-floor value every feature may use. */
public record Money(long cents) {}
