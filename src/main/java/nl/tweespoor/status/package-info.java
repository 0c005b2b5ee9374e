/** Status updates by item owners, and the flags computed from the data (stale, over budget, red, due, gaps). */
package nl.tweespoor.status;
