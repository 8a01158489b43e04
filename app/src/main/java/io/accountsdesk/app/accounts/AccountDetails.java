package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.Address;
import io.accountsdesk.client.accounts.Applicant;
import io.accountsdesk.client.accounts.Connection;
import io.accountsdesk.client.accounts.ConnectionEvent;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One account, read-only, in the shape the detail panel shows it: labelled sections, services with their features,
 * and connections with their history, newest event first. All text is already translated and formatted.
 */
public record AccountDetails(
        String accountId,
        String title,
        String progression,
        String subtitle,
        List<Section> sections,
        List<ServiceLine> services,
        List<ConnectionLine> connections) {

    public record Field(String label, String value) {
    }

    public record Section(String title, List<Field> fields) {
    }

    public record NamedStatus(String name, String status) {
    }

    public record ServiceLine(String name, String status, List<NamedStatus> features) {
    }

    public record EventLine(String when, String status, String event, String description) {
    }

    public record ConnectionLine(String name, String status, String updated, List<EventLine> events) {
    }

    public static AccountDetails of(Account account, Messages messages) {
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale());
        String created = account.createdAt() == null ? null : dateTime.format(account.createdAt());
        String subtitle = created == null ? account.accountId()
                : messages.format("detail.subtitle", account.accountId(), created);

        List<Section> sections = List.of(
                company(account.company(), messages),
                billing(account.billing(), messages),
                applicant(account.applicant(), account, messages));

        List<ServiceLine> services = new ArrayList<>();
        account.servicesByName().forEach((name, service) -> services.add(new ServiceLine(name, service.status(),
                service.featureStatuses().entrySet().stream()
                        .map(feature -> new NamedStatus(feature.getKey(), feature.getValue().status()))
                        .toList())));

        List<ConnectionLine> connections = new ArrayList<>();
        account.connections().forEach((name, connection) -> connections.add(connection(name, connection, dateTime)));

        return new AccountDetails(account.accountId(), Objects.requireNonNullElse(account.name(), account.accountId()),
                account.progression() == null ? null : account.progression().value(), subtitle,
                sections, List.copyOf(services), List.copyOf(connections));
    }

    private static Section company(AccountCompany company, Messages messages) {
        AccountCompany c = company == null ? new AccountCompany(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null) : company;
        return new Section(messages.get("detail.company"), List.of(
                new Field(messages.get("detail.company.businessName"), c.businessName()),
                new Field(messages.get("detail.company.displayName"), c.displayName()),
                new Field(messages.get("detail.company.organizationNumber"), c.organizationNumber()),
                new Field(messages.get("detail.company.industry"), c.industry()),
                new Field(messages.get("detail.address"), address(c.address())),
                new Field(messages.get("detail.email"), c.email()),
                new Field(messages.get("detail.company.technicalEmail"), c.technicalEmail()),
                new Field(messages.get("detail.phone"), c.phoneNumber()),
                new Field(messages.get("detail.company.bank"), join(" · ", c.bankName(), c.accountNumber()))));
    }

    private static Section billing(AccountBilling billing, Messages messages) {
        AccountBilling b = billing == null ? new AccountBilling(null, null, null, null, null, null) : billing;
        return new Section(messages.get("detail.billing"), List.of(
                new Field(messages.get("detail.company.businessName"), b.businessName()),
                new Field(messages.get("detail.company.organizationNumber"), b.organizationNumber()),
                new Field(messages.get("detail.address"), address(b.address())),
                new Field(messages.get("detail.email"), b.email()),
                new Field(messages.get("detail.phone"), b.phoneNumber()),
                new Field(messages.get("detail.billing.reference"), b.reference())));
    }

    private static Section applicant(Applicant applicant, Account account, Messages messages) {
        Applicant a = applicant == null ? new Applicant(null, null, null, null, null, null, null, null, null, null) : applicant;
        return new Section(messages.get("detail.applicant"), List.of(
                new Field(messages.get("detail.applicant.name"), a.fullName()),
                new Field(messages.get("detail.email"), a.email()),
                new Field(messages.get("detail.phone"), a.phoneNumber()),
                new Field(messages.get("detail.accountManager"),
                        account.accountManager() == null ? null : account.accountManager().email())));
    }

    private static ConnectionLine connection(String name, Connection connection, DateTimeFormatter format) {
        List<EventLine> events = connection.events().stream()
                .sorted(Comparator.comparing(ConnectionEvent::createdAt,
                        Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder())).reversed())
                .map(event -> new EventLine(event.createdAt() == null ? null : format.format(event.createdAt()),
                        event.status() == null ? null : event.status().value(), event.event(), event.description()))
                .toList();
        OffsetDateTime updated = connection.updatedAt() != null ? connection.updatedAt() : connection.createdAt();
        return new ConnectionLine(name, connection.status() == null ? null : connection.status().value(),
                updated == null ? null : format.format(updated), events);
    }

    static String address(Address address) {
        if (address == null) {
            return null;
        }
        String place = join(" ", address.postalCode(), address.postalPlace());
        return join(", ", address.addressLine(), address.addressLine2(), place, address.country());
    }

    private static String join(String separator, String... parts) {
        String joined = Stream.of(parts).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
