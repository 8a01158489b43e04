package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.screening.match.MatchMerchant;
import io.accountsdesk.client.screening.match.MatchTermination;
import io.accountsdesk.client.screening.match.MatchTerminationMerchant;
import io.accountsdesk.client.screening.match.MatchTerminationRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What reporting a terminated merchant adds to the screening form: why and when the agreement ended, and the
 * acquirer's own ids. The merchant and its principals are the screening form's; MATCH takes one to five principals.
 * The seed's example gives the shapes: a two-digit reason, ISO dates, a four-digit MCC, {@code cat_flag} Y or N.
 */
final class TerminationForm {

    private static final Pattern MCC = Pattern.compile("^\\d{4}$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private final Messages messages;
    private final Form form;
    final FormField<String> reason;
    final FormField<String> merchantId;
    final FormField<String> merchantCategory;
    final FormField<String> catFlag;
    final FormField<String> startDate;
    final FormField<String> endDate;
    final FormField<String> comment;

    TerminationForm(Messages messages) {
        this.messages = messages;
        this.form = Form.forNew(messages);
        Validators check = new Validators(messages);
        reason = form.add(FormField.text("termination.termination_reason",
                messages.get("screening.terminate.reason"), "")).validatedBy(check.required(),
                check.oneOf(ReasonCodes.REPORTABLE));
        merchantId = form.add(FormField.text("merchant.merchant_id", messages.get("screening.terminate.merchantId"), ""))
                .validatedBy(check.maxLength(40));
        merchantCategory = form.add(FormField.text("merchant.merchant_category",
                messages.get("screening.field.mcc"), "")).validatedBy(check.pattern(MCC, "5812"));
        catFlag = form.add(FormField.text("merchant.cat_flag", messages.get("screening.terminate.catFlag"), "N"))
                .validatedBy(check.oneOf(List.of("Y", "N")));
        startDate = form.add(FormField.text("termination.agreement_start_date",
                messages.get("screening.terminate.start"), "")).validatedBy(this::date);
        endDate = form.add(FormField.text("termination.agreement_termination_date",
                messages.get("screening.terminate.end"), "")).validatedBy(this::date, this::notBeforeStart);
        comment = form.add(FormField.text("termination.comment", messages.get("screening.terminate.comment"), ""))
                .validatedBy(check.maxLength(500));
        startDate.valueProperty().addListener((obs, old, now) -> endDate.revalidate());
    }

    private String date(String value) {
        if (Texts.blank(value)) {
            return null;
        }
        return parse(value) == null ? messages.format("validation.pattern", "2025-06-30") : null;
    }

    private String notBeforeStart(String value) {
        LocalDate end = parse(value);
        LocalDate start = parse(startDate == null ? null : startDate.value());
        return end != null && start != null && end.isBefore(start)
                ? messages.get("screening.terminate.endBeforeStart") : null;
    }

    private static LocalDate parse(String value) {
        if (Texts.blank(value) || !DATE.matcher(value.strip()).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Form form() {
        return form;
    }

    void reset(String mcc) {
        reason.reset("");
        merchantId.reset("");
        merchantCategory.reset(mcc);
        catFlag.reset("N");
        startDate.reset("");
        endDate.reset("");
        comment.reset("");
    }

    MatchTerminationRequest request(MatchMerchant merchant) {
        return new MatchTerminationRequest(new MatchTerminationMerchant(merchant.businessName(), merchant.tradeName(),
                merchant.websiteUrl(), merchant.address(), merchant.principals(), merchant.phoneNumber(),
                Texts.orNull(merchantId.value()), Texts.orNull(merchantCategory.value()), Texts.orNull(catFlag.value())),
                new MatchTermination(reason.value().strip(), parse(startDate.value()), parse(endDate.value()),
                        Texts.orNull(comment.value())));
    }

    /** What will be sent, a line a field, in the order MATCH lists them: the review before the confirmation. */
    List<String> review(MatchTerminationRequest request) {
        MatchTerminationMerchant m = request.merchant();
        List<String> lines = new ArrayList<>();
        line(lines, "screening.field.legalName", m.businessName());
        line(lines, "screening.field.tradeName", m.tradeName());
        line(lines, "screening.field.address", MatchCards.address(m.address()));
        line(lines, "screening.field.phone", m.phoneNumber());
        line(lines, "screening.field.url", m.websiteUrl());
        for (int i = 0; i < m.principals().size(); i++) {
            var p = m.principals().get(i);
            lines.add(messages.format("screening.group.principal", i + 1, Texts.words(p.firstName(), p.lastName()))
                    + (p.address() == null ? "" : ": " + MatchCards.address(p.address())));
        }
        line(lines, "screening.terminate.merchantId", m.merchantId());
        line(lines, "screening.field.mcc", m.merchantCategory());
        line(lines, "screening.terminate.catFlag", m.catFlag());
        line(lines, "screening.terminate.reason", ReasonCodes.label(request.termination().terminationReason(), messages));
        line(lines, "screening.terminate.start", request.termination().agreementStartDate() == null ? null
                : request.termination().agreementStartDate().toString());
        line(lines, "screening.terminate.end", request.termination().agreementTerminationDate() == null ? null
                : request.termination().agreementTerminationDate().toString());
        line(lines, "screening.terminate.comment", request.termination().comment());
        return lines;
    }

    private void line(List<String> lines, String labelKey, String value) {
        if (!Texts.blank(value)) {
            lines.add(messages.get(labelKey) + ": " + value.strip());
        }
    }
}
