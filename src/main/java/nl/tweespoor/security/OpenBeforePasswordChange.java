package nl.tweespoor.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one service a user who must change their password may call (their own password), and what it needs
 * itself (the audit log). Every other service refuses such a user; see PasswordChangeFirst.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenBeforePasswordChange {}
