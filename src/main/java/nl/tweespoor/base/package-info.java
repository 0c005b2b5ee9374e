/** What every feature shares: domain exceptions, quarters, money and the current clock. */
package nl.tweespoor.base;
