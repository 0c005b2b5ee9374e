/** What every feature shares: domain exceptions, quarters, money and the current clock. */
@NullMarked
package nl.tweespoor.base;

import org.jspecify.annotations.NullMarked;
