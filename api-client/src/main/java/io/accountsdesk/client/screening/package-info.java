/**
 * Screening a merchant against the card schemes' registers of terminated merchants: Mastercard MATCH
 * ({@link io.accountsdesk.client.screening.match.MatchApi}) and Visa VMSS
 * ({@link io.accountsdesk.client.screening.vmss.VmssApi}).
 *
 * <p>These bodies carry principals' identity numbers; every record that holds one masks it in {@code toString()}
 * (see {@link io.accountsdesk.client.http.Redacted}).
 */
package io.accountsdesk.client.screening;
