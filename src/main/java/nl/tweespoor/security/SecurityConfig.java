package nl.tweespoor.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
// Method security is @PreAuthorize on the services. Views carry @PermitAll/@RolesAllowed for Vaadin's own navigation
// access check; JSR-250 method security is off, or every view would be a proxy whose advisors Spring matches again
// for every instance (a quarter of a page view's CPU, measured).
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What Vaadin Flow needs (its bootstrap starts the client engine with an inline script and runs the server's
     * JavaScript expressions through Function, hence 'unsafe-inline' 'unsafe-eval'; components set inline styles),
     * and nothing from other origins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionRegistry sessionRegistry,
            @Value("${tweespoor.session.absolute-timeout:12h}") Duration absoluteTimeout)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/styles/**",
                        "/images/**",
                        "/icons/**",
                        "/favicon.ico",
                        "/manifest.webmanifest")
                .permitAll()
                // The benchmark's probes (base.config.BenchmarkProbes), there only with tweespoor.benchmark=true
                .requestMatchers("/benchmark/**")
                .authenticated());
        // Every session is registered (no limit per user), so a deactivated user's sessions can be ended at once.
        http.sessionManagement(sessions ->
                sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        http.addFilterBefore(
                new AbsoluteSessionLifetime(absoluteTimeout, Clock.systemUTC()), SecurityContextHolderFilter.class);
        // X-Content-Type-Options: nosniff, X-Frame-Options and HSTS (on HTTPS) are Spring Security's defaults.
        // Written before the request is handled: Vaadin commits its pages in a way the lazy writer misses.
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // By its address: the login view (security.ui) depends on this package, not the other way round.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login"));
        return http.build();
    }

    /** Sign-in: the throttle per user name and address first, then the password against the database. */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            SignInReadiness readiness) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, readiness);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry (and UserSessions) when a servlet session ends. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** bcrypt by default, with the algorithm recorded in the hash so it can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
