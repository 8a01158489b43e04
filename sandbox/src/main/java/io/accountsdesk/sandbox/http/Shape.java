package io.accountsdesk.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a JSON body must look like, written from the seed: required fields, types, patterns, enums, lengths, array
 * sizes and numeric ranges. {@link #check} answers 400 with one {@code errors[]} entry per bad field, named by its
 * path ({@code company.address.country}, {@code bank_accounts[0].bank_name}), so a client can put each message on
 * the right input. Handlers check the whole body before they store anything, which keeps writes all-or-nothing.
 *
 * <pre>{@code
 * static final Shape NEW_ROLE = Shape.object()
 *         .field("name", Shape.string().maxLength(255), true)
 *         .field("permissions", Shape.array(Shape.string()).minItems(1), true);
 * NEW_ROLE.check(body);
 * }</pre>
 *
 * Fields the shape does not name are accepted and ignored, as the live API does.
 */
public abstract class Shape {

    private boolean nullable;

    /** Also accept JSON {@code null} here. */
    @SuppressWarnings("unchecked")
    public <S extends Shape> S nullable() {
        this.nullable = true;
        return (S) this;
    }

    public static ObjectShape object() {
        return new ObjectShape();
    }

    public static StringShape string() {
        return new StringShape();
    }

    public static NumberShape integer() {
        return new NumberShape(true);
    }

    public static NumberShape number() {
        return new NumberShape(false);
    }

    public static Shape bool() {
        return new Shape() {
            @Override
            void validateValue(JsonNode value, String path, List<FieldError> errors) {
                if (!value.isBoolean()) {
                    errors.add(FieldError.body(path, "must be true or false"));
                }
            }
        };
    }

    public static ArrayShape array(Shape items) {
        return new ArrayShape(items);
    }

    /** Anything at all (a free-form {@code metadata} object, say). */
    public static Shape any() {
        return new Shape() {
            @Override
            void validateValue(JsonNode value, String path, List<FieldError> errors) {
            }
        };
    }

    /** A JSON object with any keys, each value of {@code values}' shape. */
    public static Shape map(Shape values) {
        return new Shape() {
            @Override
            void validateValue(JsonNode value, String path, List<FieldError> errors) {
                if (!value.isObject()) {
                    errors.add(FieldError.body(path, "must be an object"));
                    return;
                }
                value.fields().forEachRemaining(e -> values.validate(e.getValue(), join(path, e.getKey()), errors));
            }
        };
    }

    /** Answers 400 with every bad field named, or returns quietly. A missing or non-object body is itself an error. */
    public void check(JsonNode body) {
        List<FieldError> errors = validate(body);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    public List<FieldError> validate(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.isMissingNode()) {
            errors.add(FieldError.body("body", "a JSON body is required"));
            return errors;
        }
        validate(body, "", errors);
        return errors;
    }

    final void validate(JsonNode value, String path, List<FieldError> errors) {
        if (value.isNull()) {
            if (!nullable) {
                errors.add(FieldError.body(name(path), "must not be null"));
            }
            return;
        }
        validateValue(value, name(path), errors);
    }

    abstract void validateValue(JsonNode value, String path, List<FieldError> errors);

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }

    /** An object with named fields, some required. */
    public static final class ObjectShape extends Shape {
        private final Map<String, Shape> fields = new LinkedHashMap<>();
        private final Set<String> required = new LinkedHashSet<>();
        private final List<List<String>> exactlyOneOf = new ArrayList<>();

        public ObjectShape field(String name, Shape shape) {
            return field(name, shape, false);
        }

        public ObjectShape field(String name, Shape shape, boolean isRequired) {
            fields.put(name, shape);
            if (isRequired) {
                required.add(name);
            }
            return this;
        }

        /** Exactly one of these fields must be present. */
        public ObjectShape oneOf(String... names) {
            exactlyOneOf.add(List.of(names));
            return this;
        }

        @Override
        void validateValue(JsonNode value, String path, List<FieldError> errors) {
            if (!value.isObject()) {
                errors.add(FieldError.body(path.equals("body") ? "body" : path, "must be a JSON object"));
                return;
            }
            String base = path.equals("body") ? "" : path;
            for (String name : required) {
                if (!value.has(name) || value.get(name).isNull()) {
                    errors.add(FieldError.body(join(base, name), "is required"));
                }
            }
            fields.forEach((name, shape) -> {
                JsonNode field = value.get(name);
                if (field != null && !(field.isNull() && required.contains(name))) {
                    shape.validate(field, join(base, name), errors);
                }
            });
            for (List<String> group : exactlyOneOf) {
                long present = group.stream().filter(name -> value.has(name) && !value.get(name).isNull()).count();
                if (present != 1) {
                    errors.add(FieldError.body(join(base, group.get(0)), "give exactly one of " + String.join(", ", group)));
                }
            }
        }
    }

    /** A string, with optional length limits, a pattern, a list of allowed values or a format. */
    public static final class StringShape extends Shape {
        private Integer minLength;
        private Integer maxLength;
        private Pattern pattern;
        private String patternMessage;
        private List<String> allowed;
        private String format;

        public StringShape minLength(int n) {
            this.minLength = n;
            return this;
        }

        public StringShape maxLength(int n) {
            this.maxLength = n;
            return this;
        }

        /** The value must match {@code regex} (the seed's {@code <pattern>}). */
        public StringShape pattern(String regex) {
            return pattern(regex, "must match " + regex);
        }

        public StringShape pattern(String regex, String message) {
            this.pattern = Pattern.compile(regex);
            this.patternMessage = message;
            return this;
        }

        /** The seed's {@code Enum: "a" "b"}. */
        public StringShape oneOf(String... values) {
            this.allowed = List.of(values);
            return this;
        }

        public StringShape email() {
            this.format = "email";
            return this;
        }

        public StringShape uuid() {
            this.format = "uuid";
            return this;
        }

        public StringShape dateTime() {
            this.format = "date-time";
            return this;
        }

        public StringShape date() {
            this.format = "date";
            return this;
        }

        @Override
        void validateValue(JsonNode value, String path, List<FieldError> errors) {
            if (!value.isTextual()) {
                errors.add(FieldError.body(path, "must be a string"));
                return;
            }
            String text = value.asText();
            if (minLength != null && text.length() < minLength) {
                errors.add(FieldError.body(path, minLength == 1 ? "must not be empty"
                        : "must be at least " + minLength + " characters"));
            }
            if (maxLength != null && text.length() > maxLength) {
                errors.add(FieldError.body(path, "must be at most " + maxLength + " characters"));
            }
            if (pattern != null && !pattern.matcher(text).find()) {
                errors.add(FieldError.body(path, patternMessage));
            }
            if (allowed != null && !allowed.contains(text)) {
                errors.add(FieldError.body(path, "must be one of " + String.join(", ", allowed)));
            }
            if (format != null && !formatted(text)) {
                errors.add(FieldError.body(path, "must be " + switch (format) {
                    case "email" -> "an email address";
                    case "uuid" -> "a UUID";
                    case "date" -> "a date like 2024-11-30";
                    default -> "a date and time like 2024-11-30T12:00:00Z";
                }));
            }
        }

        private boolean formatted(String text) {
            try {
                switch (format) {
                    case "email" -> {
                        return text.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
                    }
                    case "uuid" -> UUID.fromString(text);
                    case "date" -> LocalDate.parse(text);
                    default -> OffsetDateTime.parse(text);
                }
                return true;
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return false;
            }
        }
    }

    /** An integer or a number, with an optional range. */
    public static final class NumberShape extends Shape {
        private final boolean integer;
        private BigDecimal min;
        private BigDecimal max;

        NumberShape(boolean integer) {
            this.integer = integer;
        }

        public NumberShape min(long value) {
            this.min = BigDecimal.valueOf(value);
            return this;
        }

        public NumberShape max(long value) {
            this.max = BigDecimal.valueOf(value);
            return this;
        }

        public NumberShape min(double value) {
            this.min = BigDecimal.valueOf(value);
            return this;
        }

        public NumberShape max(double value) {
            this.max = BigDecimal.valueOf(value);
            return this;
        }

        @Override
        void validateValue(JsonNode value, String path, List<FieldError> errors) {
            if (!value.isNumber() || integer && !(value.isIntegralNumber()
                    || value.decimalValue().stripTrailingZeros().scale() <= 0)) {
                errors.add(FieldError.body(path, integer ? "must be a whole number" : "must be a number"));
                return;
            }
            BigDecimal number = value.decimalValue();
            if (min != null && number.compareTo(min) < 0) {
                errors.add(FieldError.body(path, "must be at least " + min.toPlainString()));
            }
            if (max != null && number.compareTo(max) > 0) {
                errors.add(FieldError.body(path, "must be at most " + max.toPlainString()));
            }
        }
    }

    /** An array of items of one shape, with optional size limits. */
    public static final class ArrayShape extends Shape {
        private final Shape items;
        private Integer minItems;
        private Integer maxItems;

        ArrayShape(Shape items) {
            this.items = items;
        }

        public ArrayShape minItems(int n) {
            this.minItems = n;
            return this;
        }

        public ArrayShape maxItems(int n) {
            this.maxItems = n;
            return this;
        }

        @Override
        void validateValue(JsonNode value, String path, List<FieldError> errors) {
            if (!value.isArray()) {
                errors.add(FieldError.body(path, "must be an array"));
                return;
            }
            if (minItems != null && value.size() < minItems) {
                errors.add(FieldError.body(path, "must have at least " + minItems + (minItems == 1 ? " item" : " items")));
            }
            if (maxItems != null && value.size() > maxItems) {
                errors.add(FieldError.body(path, "must have at most " + maxItems + (maxItems == 1 ? " item" : " items")));
            }
            for (int i = 0; i < value.size(); i++) {
                items.validate(value.get(i), path + "[" + i + "]", errors);
            }
        }
    }
}
