/** Strategic goals that programmes serve. */
package nl.tweespoor.goal;
