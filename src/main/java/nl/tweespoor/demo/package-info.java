/** The demo story of PRODUCT.md §6 (Noordzee Verzekeringen), loaded once in the embedded default. */
@NullMarked
package nl.tweespoor.demo;

import org.jspecify.annotations.NullMarked;
