/** Translations (Dutch and English) and the formats of amounts and dates per language. */
package nl.tweespoor.base.i18n;
