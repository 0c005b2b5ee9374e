package nl.tweespoor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Each test of the class gets a fresh copy of the template database, not only the class: for tests whose work must
 * commit (real threads, closing a review, temporary triggers), which a rolled-back test transaction cannot hold.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface FreshDatabaseForEachTest {}
