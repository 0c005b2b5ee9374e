package nl.tweespoor.governance.fragmentation;

/** An item named in a principle difference: its title and department, with the id to link to it. */
public record ItemRef(long id, String title, String department) {}
