package org.educa.business.cache;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps a method's result in one of Educa's data caches, by the method's arguments, like JSR-107's
 * {@code @CacheResult} but with a cache that degrades: see {@link CachedInterceptor} for why Educa has its own.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Cached {

    /** The cache, one of {@link CacheNames}; required on methods. */
    @Nonbinding
    String value() default "";
}
