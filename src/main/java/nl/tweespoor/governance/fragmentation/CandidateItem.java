package nl.tweespoor.governance.fragmentation;

/** An item as the grouping rule sees it: what it is, in which department, and what it shares with others. */
record CandidateItem(GroupItem item, long departmentId, String toolVendor, String useCaseCategory) {
}
