/** Fragmentation radar: departments doing the same AI job with their own tool or under different norms. */
package nl.tweespoor.governance.fragmentation;
