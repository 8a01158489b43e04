package io.accountsdesk.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NumericNode;
import io.accountsdesk.client.contract.OperationCatalog.Declared;
import io.accountsdesk.client.contract.SeedExamples.Example;
import io.accountsdesk.client.contract.SeedExamples.Role;
import io.accountsdesk.client.http.ErrorBody;
import io.accountsdesk.client.http.Operation;
import io.accountsdesk.client.json.Json;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example body in the seed goes through the model of its operation and comes back as the same JSON.
 *
 * <p>The models are read with unknown properties <em>refused</em>, unlike production, so a field the model forgot
 * fails here instead of vanishing silently; a field can only pass unmodelled through an explicit catch-all
 * ({@code @JsonAnySetter}). {@code -Dcontract.group=Approvals} limits the run to one group of {@code endpoints.tsv}.
 */
class ExampleContractTest {

    /** Production's mapper, but strict about fields the model does not know. */
    private static final ObjectMapper STRICT = Json.newMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectMapper WRITER = Json.newMapper();

    @TestFactory
    Stream<DynamicTest> everySeedExampleRoundTripsThroughItsModel() {
        List<Declared> catalog = OperationCatalog.all();
        Map<Integer, String> groups = SeedEndpoints.rows().stream()
                .collect(Collectors.toMap(SeedEndpoints.Row::seq, SeedEndpoints.Row::group));
        String only = System.getProperty("contract.group", "");
        return SeedExamples.all().stream()
                .filter(example -> only.isBlank() || groups.get(example.opSeq()).contains(only))
                .map(example -> DynamicTest.dynamicTest(example.toString(), () -> roundTrip(example, catalog)));
    }

    @Test
    void theSeedHas192Examples() {
        assertThat(SeedExamples.all()).hasSize(192);
    }

    private static void roundTrip(Example example, List<Declared> catalog) throws Exception {
        JsonNode original = STRICT.readTree(Files.readString(example.location()));
        JavaType type = modelOf(example, catalog);
        Object model;
        try {
            model = STRICT.readerFor(type).readValue(original);
        } catch (Exception refused) {
            fail(example + " does not read into " + type + ": " + refused.getMessage(), refused);
            return;
        }
        JsonNode written = WRITER.valueToTree(model);
        if (!written.equals(NUMERICALLY, original)) {
            assertThat(WRITER.writerWithDefaultPrettyPrinter().writeValueAsString(written))
                    .as(example + " written back from " + type)
                    .isEqualTo(WRITER.writerWithDefaultPrettyPrinter().writeValueAsString(original));
        }
    }

    private static JavaType modelOf(Example example, List<Declared> catalog) {
        if (example.role() == Role.ERROR) {
            return WRITER.constructType(ErrorBody.class);
        }
        Declared declared = OperationCatalog.find(catalog, example.method(), example.path());
        if (declared == null) {
            fail("No client operation declares " + example.method() + " " + example.path());
        }
        Operation operation = declared.operation();
        java.lang.reflect.Type type = example.role() == Role.REQUEST ? operation.requestType() : operation.responseType();
        if (type == null || type == Void.class) {
            fail(declared + " declares no " + example.role().name().toLowerCase() + " model, but the seed has "
                    + example);
        }
        boolean list = example.role() == Role.RESPONSE && operation.listResponse();
        return list ? WRITER.getTypeFactory().constructCollectionType(List.class, WRITER.constructType(type))
                : WRITER.constructType(type);
    }

    /** JSON numbers are values: {@code 10} and {@code 10.0} are the same number, whatever Java type holds them. */
    private static final Comparator<JsonNode> NUMERICALLY = (a, b) -> {
        if (a instanceof NumericNode && b instanceof NumericNode) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };
}
