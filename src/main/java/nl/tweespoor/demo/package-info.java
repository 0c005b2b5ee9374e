/** The demo story of PRODUCT.md §6 (Noordzee Verzekeringen), loaded once in the embedded default. */
package nl.tweespoor.demo;
