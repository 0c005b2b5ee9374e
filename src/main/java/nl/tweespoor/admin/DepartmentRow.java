package nl.tweespoor.admin;

/** A department with how many items name it, for the admin's list. */
public record DepartmentRow(long id, String name, boolean active, int items, int version) {}
