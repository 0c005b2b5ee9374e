package nl.tweespoor.security;

import nl.tweespoor.base.NotPermittedException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * A user who must change their password (a new account, an admin's reset) can do nothing else: every call into an
 * app service is refused for them, except those marked {@link OpenBeforePasswordChange}. Their principal also holds
 * no role until the change (AppUserPrincipal), so role checks refuse them too.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeFirst {

    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor passwordChangeFirstAdvisor() {
        ClassFilter appServices = type -> type.getName().startsWith("nl.tweespoor.")
                && AnnotatedElementUtils.hasAnnotation(type, Service.class)
                && !AnnotatedElementUtils.hasAnnotation(type, OpenBeforePasswordChange.class);
        var pointcut =
                new ComposablePointcut(new AnnotationMatchingPointcut(Service.class, true)).intersection(appServices);
        var advisor = new DefaultPointcutAdvisor(pointcut, new Refusal());
        // Before method security, so such a user gets this plain refusal rather than a bare access denial.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Reads the flag from the principal, so it costs nothing per call. */
    private static final class Refusal implements MethodInterceptor {

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null
                    && authentication.getPrincipal() instanceof AppUserPrincipal principal
                    && principal.mustChangePassword()) {
                throw new NotPermittedException("error.password-change-required");
            }
            return invocation.proceed();
        }
    }
}
