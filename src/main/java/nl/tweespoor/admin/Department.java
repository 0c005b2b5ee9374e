package nl.tweespoor.admin;

/** A stored department, as the service changes it. */
record Department(long id, String name, boolean active, int version) {}
