package nl.tweespoor.journey;

/** A stored journey as the service changes it. */
record Journey(long id, String title, int version) {}
