package io.accountsdesk.app.screening;

/**
 * One line of a listing's grid: a field, what we sent, what the listing holds, and how they compare.
 *
 * @param group     "Merchant" or "Principal 2 (Ola Nordmann)": which part of the listing the line belongs to
 * @param raw       the register's own indicator code ({@code M02}), kept for the reviewer and for codes we do not know
 */
record ComparisonRow(String group, String field, String sent, String listed, FieldMatch match, String raw) {
}
