/** Translations (Dutch and English) and the formats of amounts and dates per language. */
@NullMarked
package nl.tweespoor.base.i18n;

import org.jspecify.annotations.NullMarked;
