package nl.tweespoor.governance.fragmentation;

/** One item's result (MEETS, GAP, NOT_APPLICABLE) on one active principle. */
record Assessment(long initiativeId, String principleCode, String principleTitle, String result) {
}
