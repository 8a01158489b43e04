package io.accountsdesk.app.core.forms;

import io.accountsdesk.app.core.Messages;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks forms are built from, each with its message in the user's language. They mirror the kinds of
 * constraint the seed writes: required, pattern, min/max length and enum, plus the formats the API's fields imply
 * (e-mail addresses, ISO country codes, BCP 47 language tags) and the Nordic organisation-number check digits.
 * An empty value passes every check but {@link #required()}, so optional fields may stay empty.
 */
public final class Validators {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    private static final Pattern BCP_47 = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{5,20}$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[ ()\\-]");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Messages messages;

    public Validators(Messages messages) {
        this.messages = messages;
    }

    private static boolean empty(String value) {
        return value == null || value.isBlank();
    }

    public Validator<String> required() {
        return value -> empty(value) ? messages.get("validation.required") : null;
    }

    public Validator<String> maxLength(int max) {
        return value -> !empty(value) && value.strip().length() > max
                ? messages.format("validation.maxLength", max, value.strip().length()) : null;
    }

    public Validator<String> minLength(int min) {
        return value -> !empty(value) && value.strip().length() < min
                ? messages.format("validation.minLength", min) : null;
    }

    /**
     * @param example a value that matches, shown in the message so the user sees what is wanted
     */
    public Validator<String> pattern(Pattern pattern, String example) {
        return value -> !empty(value) && !pattern.matcher(value.strip()).matches()
                ? messages.format("validation.pattern", example) : null;
    }

    /** One of the values the seed lists for the field. */
    public Validator<String> oneOf(Collection<String> allowed) {
        List<String> values = List.copyOf(allowed);
        return value -> !empty(value) && !values.contains(value.strip())
                ? messages.format("validation.oneOf", String.join(", ", values)) : null;
    }

    public Validator<String> email() {
        return value -> !empty(value) && !EMAIL.matcher(value.strip()).matches()
                ? messages.get("validation.email") : null;
    }

    /** Digits, spaces, brackets and dashes, with an optional leading {@code +}: how people write phone numbers. */
    public Validator<String> phone() {
        return value -> !empty(value) && !PHONE.matcher(value.strip()).matches()
                ? messages.get("validation.phone") : null;
    }

    /**
     * A phone number as E.164 wants it: a {@code +}, the country code and at most 15 digits in all. Spaces, brackets
     * and dashes may be typed for reading; {@link #e164(String)} takes them out before the number is sent.
     */
    public Validator<String> internationalPhone() {
        return value -> !empty(value) && !E164.matcher(e164(value)).matches()
                ? messages.get("validation.e164") : null;
    }

    /** The number as sent: without the spaces, brackets and dashes typed for reading. */
    public static String e164(String typed) {
        return typed == null ? null : PHONE_SEPARATORS.matcher(typed.strip()).replaceAll("");
    }

    /** An ISO 3166-1 alpha-2 code in capitals, as the API stores countries. */
    public Validator<String> countryCode() {
        return value -> !empty(value) && !COUNTRIES.contains(value.strip())
                ? messages.get("validation.country") : null;
    }

    /** A BCP 47 language tag ({@code nb}, {@code en-GB}), as the seed asks of {@code language_code}. */
    public Validator<String> languageTag() {
        return value -> !empty(value) && !BCP_47.matcher(value.strip()).matches()
                ? messages.get("validation.languageTag") : null;
    }

    /** A valid organisation number for the country {@code country} gives at the time of the check. */
    public Validator<String> organisationNumber(Supplier<String> country) {
        return value -> {
            String code = country.get();
            if (empty(value) || !OrganisationNumbers.knows(code) || OrganisationNumbers.isValid(code, value)) {
                return null;
            }
            return messages.format("validation.organisationNumber", countryName(code));
        };
    }

    private String countryName(String code) {
        return new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(messages.locale());
    }

    /** The values of an enum-like set from the client ({@code Progression.KNOWN}), as text. */
    public static List<String> values(Collection<?> known) {
        return known.stream().map(Object::toString).collect(Collectors.toList());
    }
}
