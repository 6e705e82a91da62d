package org.educa.business.account;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The new password of a form ({@link NewPassword}: a registration, a password change) follows {@link PasswordPolicy} for its username, and the confirmation repeats it.
 * Each broken rule is its own violation, on the field it concerns ("password" or "confirmation"), with the rule's
 * message key.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ValidPassword.Validator.class)
public @interface ValidPassword {

    String message() default "{register.passwordHint}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidPassword, NewPassword> {

        @Override
        public boolean isValid(NewPassword draft, ConstraintValidatorContext context) {
            if (draft == null) {
                return true;
            }
            var problems = draft.passwordProblems();
            context.disableDefaultConstraintViolation();
            problems.forEach((field, keys) -> keys.forEach(key -> context
                    .buildConstraintViolationWithTemplate("{" + key + "}")
                    .addPropertyNode(field)
                    .addConstraintViolation()));
            return problems.isEmpty();
        }
    }
}
