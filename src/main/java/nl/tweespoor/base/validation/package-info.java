/**
 * Limits and ranges declared once, as Bean Validation constraints on the drafts' components ({@link
 * nl.tweespoor.base.validation.Text}, {@link nl.tweespoor.base.validation.Amount}, {@link
 * nl.tweespoor.base.validation.Between}); the services check a draft with {@link
 * nl.tweespoor.base.validation.Drafts#check} and the forms read the same constants. Plain Java, no Vaadin.
 */
@NullMarked
package nl.tweespoor.base.validation;

import org.jspecify.annotations.NullMarked;
