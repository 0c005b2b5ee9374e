package nl.tweespoor.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check("paarden eten graag hooi", "lotte"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("precies12tkn", "lotte")).doesNotThrowAnyException();
    }

    @Test
    void fewer_than_twelve_characters_are_refused() {
        assertRefused("elf-tekens!", "lotte", "admin.password.too-short");
        assertRefused(null, "lotte", "admin.password.too-short");
        assertRefused(" ".repeat(20), "lotte", "admin.password.too-short");
    }

    @Test
    void characters_are_counted_not_utf16_units() {
        // eleven emoji are 22 UTF-16 units but only 11 characters
        assertRefused("😀".repeat(11), "lotte", "admin.password.too-short");
        assertThatCode(() -> PasswordPolicy.check("😀".repeat(12), "lotte")).doesNotThrowAnyException();
    }

    @Test
    void more_than_bcrypt_reads_is_refused() {
        assertRefused("é".repeat(37), "lotte", "admin.password.too-long");
    }

    @Test
    void the_user_name_is_refused_whatever_its_case() {
        assertRefused("Lotte.de.Vries", "lotte.de.vries", "admin.password.is-username");
        assertRefused(" lotte.de.vries ", "Lotte.de.Vries", "admin.password.is-username");
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        assertRefused("qwerty123456", "lotte", "admin.password.too-common");
        assertRefused("LeaveMeAlone", "lotte", "admin.password.too-common");
        assertRefused("1q2w3e4r5t6y", "lotte", "admin.password.too-common");
    }

    private static void assertRefused(String password, String username, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, username))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo(key);
    }
}
