package io.accountsdesk.client.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.client.contract.OperationCatalog;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every open enum in the client keeps a value it does not know, and knows the values the seed lists. */
class OpenEnumTest {

    private static final ObjectMapper MAPPER = Json.newMapper();

    private static List<Class<?>> openEnums() {
        return OperationCatalog.clientClasses().stream()
                .filter(type -> OpenEnum.class.isAssignableFrom(type) && type.isRecord())
                .toList();
    }

    @Test
    void theClientHasOpenEnums() {
        assertThat(openEnums()).hasSizeGreaterThan(3);
    }

    @TestFactory
    Stream<DynamicTest> anUnknownValueIsKeptAndWrittenBackAsSent() {
        return openEnums().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            OpenEnum unknown = (OpenEnum) MAPPER.readValue("\"from-a-newer-server\"", type);
            assertThat(unknown.value()).isEqualTo("from-a-newer-server");
            assertThat(unknown.isKnown()).isFalse();
            assertThat(MAPPER.writeValueAsString(unknown)).isEqualTo("\"from-a-newer-server\"");
            assertThat(MAPPER.readValue("null", type)).isNull();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyListedValueIsKnownAndReadsBackEqual() {
        return openEnums().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            OpenEnum any = (OpenEnum) MAPPER.readValue("\"x\"", type);
            assertThat(any.known()).as("the seed's values").isNotEmpty();
            for (OpenEnum listed : any.known()) {
                assertThat(listed.isKnown()).isTrue();
                Object read = MAPPER.readValue(MAPPER.writeValueAsString(listed), type);
                assertThat(read).isEqualTo(listed);
            }
        }));
    }
}
