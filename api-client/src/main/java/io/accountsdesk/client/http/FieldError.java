package io.accountsdesk.client.http;

/**
 * One entry of the error body's {@code errors[]}: which field was wrong and why.
 *
 * @param field    the field path as the server names it ({@code limit}, {@code company.organization_number}), or
 *                 {@code null} when the server did not say
 * @param location where the field lives ({@code query}, {@code path}, {@code body}, {@code header}), when known
 * @param message  the server's explanation
 */
public record FieldError(String field, String location, String message) {
}
