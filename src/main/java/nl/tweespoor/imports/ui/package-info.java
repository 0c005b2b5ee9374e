/** The /import page: template, upload, preview with the problems, confirm, result. */
@NullMarked
package nl.tweespoor.imports.ui;

import org.jspecify.annotations.NullMarked;
