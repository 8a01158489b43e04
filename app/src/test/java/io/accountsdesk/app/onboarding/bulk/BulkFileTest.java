package io.accountsdesk.app.onboarding.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestNumbers;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.onboarding.bulk.ApplicationCheck.Verdict;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The nasty files a bulk onboarding gets: a byte-order mark, semicolons, CRLF, quoted newlines, Windows-1252, a
 * missing column, extra columns, Norwegian headers, an empty file, and 10,000 rows; read, mapped and judged with the
 * wizard's own checks.
 */
class BulkFileTest {

    private static final ApplicationColumns COLUMNS = new ApplicationColumns();
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final ApplicationCheck check = new ApplicationCheck(messages, COLUMNS);

    private static final String HEADER = "Business name,Organisation number,Address,Postal code,Postal place,"
            + "Applicant First name,Applicant Last name,Applicant E-mail";

    private static String row(String name, String number) {
        return name + "," + number + ",Storgata 1,0155,Oslo,Kari,Nordmann,kari@example.no";
    }

    private List<Verdict> judge(String text, Charset charset) {
        CsvFile file = CsvFile.read(text.getBytes(charset));
        return check.check(file, ColumnMapping.guess(file.header(), COLUMNS));
    }

    @Test
    void aPlainUtf8FileIsReadyRowByRow() {
        String a = TestNumbers.norwegianOrganisationNumber();
        String b = TestNumbers.norwegianOrganisationNumber();
        List<Verdict> verdicts = judge(HEADER + "\n" + row("Fjordkafé AS", a) + "\n" + row("Bakeri AS", b) + "\n",
                StandardCharsets.UTF_8);
        assertThat(verdicts).extracting(Verdict::kind).containsExactly(Verdict.Kind.READY, Verdict.Kind.READY);
        assertThat(verdicts).extracting(Verdict::line).containsExactly(2, 3);
        assertThat(verdicts.get(0).request().company().businessName()).isEqualTo("Fjordkafé AS");
        assertThat(verdicts.get(0).request().applicant().email()).isEqualTo("kari@example.no");
        assertThat(verdicts.get(0).request().billing().businessName()).as("billed as the company").isEqualTo(
                "Fjordkafé AS");
    }

    @Test
    void aByteOrderMarkSemicolonsAndCrlfAsANordicExcelWritesThem() {
        String text = "\uFEFF" + HEADER.replace(',', ';') + "\r\n"
                + row("Ørsta Sykkel AS", TestNumbers.norwegianOrganisationNumber()).replace(',', ';') + "\r\n";
        CsvFile file = CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(file.byteOrderMark()).isTrue();
        assertThat(file.separator()).isEqualTo(';');
        assertThat(file.header().get(0)).isEqualTo("Business name");
        List<Verdict> verdicts = check.check(file, ColumnMapping.guess(file.header(), COLUMNS));
        assertThat(verdicts).singleElement().extracting(Verdict::kind).isEqualTo(Verdict.Kind.READY);
        assertThat(verdicts.get(0).businessName()).isEqualTo("Ørsta Sykkel AS");
    }

    @Test
    void windows1252IsRecognisedWhenTheBytesAreNotUtf8() {
        String text = HEADER + "\n" + row("Blåbær Kafé AS", TestNumbers.norwegianOrganisationNumber()) + "\n";
        CsvFile file = CsvFile.read(text.getBytes(Charset.forName("windows-1252")));
        assertThat(file.charset().name()).isEqualTo("windows-1252");
        assertThat(check.check(file, ColumnMapping.guess(file.header(), COLUMNS)).get(0).businessName())
                .isEqualTo("Blåbær Kafé AS");
    }

    @Test
    void aQuotedFieldKeepsItsSeparatorsAndNewlinesAndTabsSeparateToo() {
        String text = "Business name\tOrganisation number\tAddress\tPostal code\tPostal place\t"
                + "Applicant First name\tApplicant Last name\tApplicant E-mail\n"
                + "\"Kafé \"\"Bryggen\"\", Bergen\"\t" + TestNumbers.norwegianOrganisationNumber()
                + "\t\"Bryggen 12\nBakgården\"\t5003\tBergen\tIngrid\tSolberg\tingrid@example.no\n";
        CsvFile file = CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(file.separator()).isEqualTo('\t');
        List<Verdict> verdicts = check.check(file, ColumnMapping.guess(file.header(), COLUMNS));
        assertThat(verdicts).singleElement().extracting(Verdict::kind).isEqualTo(Verdict.Kind.READY);
        assertThat(verdicts.get(0).businessName()).isEqualTo("Kafé \"Bryggen\", Bergen");
        assertThat(verdicts.get(0).values().get("company.address.address_line")).isEqualTo("Bryggen 12\nBakgården");
    }

    @Test
    void norwegianHeadersMapLikeEnglishOnes() {
        String text = "Firmanavn;Organisasjonsnummer;Adresse;Postnummer;Poststed;Søker Fornavn;Søker Etternavn;"
                + "Søker E-post;Fakturering Samme som selskapet;Vipps\n"
                + "Nordlys AS;" + TestNumbers.norwegianOrganisationNumber()
                + ";Kaigata 1;9008;Tromsø;Per;Hansen;per@example.no;ja;x\n";
        CsvFile file = CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
        ColumnMapping mapping = ColumnMapping.guess(file.header(), COLUMNS);
        assertThat(mapping.ignored()).isEmpty();
        assertThat(mapping.paths().values()).contains("company.business_name", "applicant.email",
                "billing.same_as_company", "services.checkout.features.vipps.requested");
        Verdict verdict = check.check(file, mapping).get(0);
        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.READY);
        assertThat(verdict.request().services().checkout().features()).containsKey("vipps");
    }

    @Test
    void aMissingColumnMakesEveryRowAnErrorThatSaysWhichField() {
        String header = HEADER.replace(",Postal place", "");
        String text = header + "\n" + row("Fjordkafé AS", TestNumbers.norwegianOrganisationNumber())
                .replace(",Oslo", "") + "\n";
        Verdict verdict = judge(text, StandardCharsets.UTF_8).get(0);
        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.ERROR);
        assertThat(verdict.messages()).singleElement().asString().startsWith("Company · Postal place:");
        assertThat(verdict.request()).as("nothing to send").isNull();
    }

    @Test
    void extraColumnsAreIgnoredAndListed() {
        String text = HEADER + ",Notes from the sales call,\n" + row("Fjordkafé AS",
                TestNumbers.norwegianOrganisationNumber()) + ",called twice,\n";
        CsvFile file = CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
        ColumnMapping mapping = ColumnMapping.guess(file.header(), COLUMNS);
        assertThat(mapping.ignored()).containsExactly("Notes from the sales call");
        assertThat(check.check(file, mapping).get(0).kind()).isEqualTo(Verdict.Kind.READY);
        ColumnMapping byHand = mapping.with(8, "company.industry");
        assertThat(byHand.values(file.rows().get(0).cells())).containsEntry("company.industry", "called twice");
    }

    @Test
    void badValuesAndTheSameCompanyTwiceAreErrorsOnTheirRows() {
        String number = TestNumbers.norwegianOrganisationNumber();
        String text = HEADER + ",Phone\n"
                + row("First AS", number) + ",22 33 44 55\n"
                + row("Second AS", "123456789") + ",\n"
                + row("First again AS", number) + ",\n";
        List<Verdict> verdicts = judge(text, StandardCharsets.UTF_8);
        assertThat(verdicts.get(0).messages()).singleElement().asString().startsWith("Company · Phone:");
        assertThat(verdicts.get(1).messages()).singleElement().asString()
                .startsWith("Company · Organisation number:");
        assertThat(verdicts.get(2).messages()).containsExactly(
                "The same organisation number as line 2: one company twice.");
        assertThat(verdicts).extracting(Verdict::kind).containsOnly(Verdict.Kind.ERROR);

        List<Verdict> marked = ApplicationCheck.againstExisting(judge(HEADER + "\n" + row("Known AS", number) + "\n",
                StandardCharsets.UTF_8), Map.of(number, "T12345678"), messages);
        assertThat(marked.get(0).kind()).isEqualTo(Verdict.Kind.WARNING);
        assertThat(marked.get(0).messages()).containsExactly(
                "Already a sub-account with this organisation number: T12345678.");
    }

    @Test
    void anEmptyFileHasNoRows() {
        CsvFile empty = CsvFile.read(new byte[0]);
        assertThat(empty.header()).isEmpty();
        assertThat(empty.rows()).isEmpty();
        assertThat(judge("\uFEFF\r\n", StandardCharsets.UTF_8)).isEmpty();
        assertThat(judge(HEADER + "\n\n,,,\n", StandardCharsets.UTF_8)).as("blank rows are not rows").isEmpty();
    }

    @Test
    void tenThousandRowsAreReadAndJudged() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 10_000; i++) {
            text.append(row("Company " + i + " AS", TestNumbers.norwegianOrganisationNumber())).append('\n');
        }
        List<Verdict> verdicts = judge(text.toString(), StandardCharsets.UTF_8);
        assertThat(verdicts).hasSize(10_000);
        assertThat(verdicts.get(9_999).line()).isEqualTo(10_001);
        assertThat(verdicts).filteredOn(v -> v.kind() == Verdict.Kind.READY).hasSizeGreaterThan(9_900);
        assertThat(verdicts).filteredOn(v -> v.kind() == Verdict.Kind.ERROR)
                .allSatisfy(v -> assertThat(v.messages()).allMatch(m -> m.startsWith("The same organisation number")));
    }
}
