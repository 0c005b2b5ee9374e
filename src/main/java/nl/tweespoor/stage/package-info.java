/** The stages an item moves through on its track, and which of them count as active or open. */
package nl.tweespoor.stage;
