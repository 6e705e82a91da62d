package org.educa.business.authoring;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.educa.model.VideoLinks;

/** The address is a YouTube or Vimeo video that Educa can embed ({@link VideoLinks}); null passes. */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = EmbeddableVideo.Check.class)
public @interface EmbeddableVideo {

    String message() default "{authoring.content.videoRefused}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether an address is given at all is {@code @NotBlank}'s to say. */
    class Check implements ConstraintValidator<EmbeddableVideo, String> {

        @Override
        public boolean isValid(String address, ConstraintValidatorContext context) {
            return address == null || VideoLinks.isEmbeddable(address);
        }
    }
}
