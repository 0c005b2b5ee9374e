/** The search field in the header and the /search results page. */
@NullMarked
package nl.tweespoor.search.ui;

import org.jspecify.annotations.NullMarked;
