/** The append-only record of who changed what, and when. */
package nl.tweespoor.audit;
