package io.accountsdesk.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.client.http.Cancellation;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.InvalidParameterException;
import io.accountsdesk.client.http.Operation;
import io.accountsdesk.client.http.RetryPolicy;
import io.accountsdesk.client.http.TokenSource;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.client.json.OpenEnum;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every row of {@code endpoints.tsv} has a typed client method that sends that method to that path.
 *
 * <p>Finding a constant is not enough, so this test <em>calls</em> every public method of every area class (a class
 * with a {@code (HttpTransport, String oid)} constructor), including those it inherits from the client's own base
 * classes ({@code connections.ProviderConnectionApi}), through a transport whose interceptor records which operation
 * each request was built from and answers without any network. Arguments are made up from their types, an inherited
 * method's type variables read as the area binds them; where a made-up string fails a path pattern, the next
 * candidate is tried.
 */
class EndpointCoverageTest {

    private static final String OID = "T12300000";
    private static final List<String> STRING_CANDIDATES = List.of(OID, "3fa85f64-5717-4562-b3fc-2c963f66afa6", "42",
            "payex.creditcard", "vipps");

    /** Operation (method + path) to the area methods that sent it. */
    private static final Map<String, Set<String>> SENT_BY = new LinkedHashMap<>();
    private static final List<Operation> recorded = new ArrayList<>();

    @BeforeAll
    static void callEveryAreaMethod() throws Exception {
        OkHttpClient offline = new OkHttpClient.Builder().addInterceptor(chain -> {
            Request request = chain.request();
            recorded.add(request.tag(Operation.class));
            return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create("{}", MediaType.get("application/json"))).build();
        }).build();
        HttpTransport transport = new HttpTransport(offline, HttpUrl.get("http://127.0.0.1:1/v1"), Json.newMapper(),
                "client", "secret", "coverage", null, RetryPolicy.none(), Duration.ofSeconds(5));
        transport.useTokens(new TokenSource() {
            @Override
            public String accessToken() {
                return "token";
            }

            @Override
            public void invalidate(String token) {
            }
        });
        for (Class<?> area : areaClasses()) {
            Object api = construct(area, transport);
            for (Method method : area.getMethods()) {
                if (declaredByTheClient(method) && !Modifier.isStatic(method.getModifiers())) {
                    for (Operation operation : invoke(api, method, parameterTypes(area, method))) {
                        SENT_BY.computeIfAbsent(operation.method() + " " + operation.path(), k -> new TreeSet<>())
                                .add(area.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
    }

    @Test
    void everyRowOfEndpointsTsvHasAMethodSendingItsMethodAndPath() {
        List<String> missing = SeedEndpoints.rows().stream()
                .filter(row -> !SENT_BY.containsKey(row.method() + " " + row.path()))
                .map(SeedEndpoints.Row::toString)
                .toList();
        long covered = SeedEndpoints.rows().size() - missing.size();
        System.out.printf("endpoints.tsv coverage: %d/%d%n", covered, SeedEndpoints.rows().size());
        assertThat(missing).as("rows with no client method (%d/%d covered)", covered, SeedEndpoints.rows().size())
                .isEmpty();
        assertThat(SeedEndpoints.rows()).hasSize(121);
    }

    @Test
    void everyDeclaredOperationIsSentBySomeMethodAndIsInTheSeed() {
        Set<String> seed = new LinkedHashSet<>();
        SeedEndpoints.rows().forEach(row -> seed.add(row.method() + " " + row.path()));
        List<String> orphans = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (OperationCatalog.Declared declared : OperationCatalog.all()) {
            if (!SENT_BY.containsKey(declared.key())) {
                orphans.add(declared.toString());
            }
            if (!seed.contains(declared.key())) {
                unknown.add(declared.toString());
            }
        }
        assertThat(orphans).as("operations no method sends").isEmpty();
        assertThat(unknown).as("operations that are not in endpoints.tsv").isEmpty();
    }

    @Test
    void eachPathIsDeclaredOnce() {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        OperationCatalog.all().forEach(d -> byKey.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d.toString()));
        assertThat(byKey.values().stream().filter(list -> list.size() > 1).toList()).isEmpty();
    }

    /** A method of the area or of a client base class it extends, not one of {@link Object}'s. */
    private static boolean declaredByTheClient(Method method) {
        return method.getDeclaringClass().getName().startsWith("io.accountsdesk.client.") && !method.isBridge();
    }

    /**
     * The classes of {@code method}'s parameters as {@code area} sees them: a type variable of an inherited method
     * (the {@code S} of {@code startSignup(String aid, S signup)}) is the class the area binds it to.
     */
    private static Class<?>[] parameterTypes(Class<?> area, Method method) {
        Map<TypeVariable<?>, Type> bound = new HashMap<>();
        for (Class<?> type = area; type != null; type = type.getSuperclass()) {
            if (type.getGenericSuperclass() instanceof ParameterizedType parent) {
                TypeVariable<?>[] variables = ((Class<?>) parent.getRawType()).getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    bound.put(variables[i], parent.getActualTypeArguments()[i]);
                }
            }
        }
        return Stream.of(method.getGenericParameterTypes()).map(type -> {
            while (type instanceof TypeVariable<?> variable && bound.containsKey(variable)) {
                type = bound.get(variable);
            }
            if (type instanceof ParameterizedType generic) {
                type = generic.getRawType();
            }
            if (type instanceof Class<?> resolved) {
                return resolved;
            }
            throw new IllegalStateException(area.getSimpleName() + "." + method.getName() + " takes " + type
                    + ", which this test cannot make up");
        }).toArray(Class<?>[]::new);
    }

    /**
     * Calls {@code method} with made-up arguments of {@code types} until a request goes out; returns what was sent.
     * Bodies are first empty records; where a method checks its body before sending, a seed request example that
     * reads into the body's type is used instead.
     */
    private static List<Operation> invoke(Object api, Method method, Class<?>[] types) throws IllegalAccessException {
        for (boolean fromExamples : new boolean[] {false, true}) {
            List<Operation> sent = invoke(api, method, types, fromExamples);
            if (!sent.isEmpty()) {
                return sent;
            }
        }
        return List.of();
    }

    private static List<Operation> invoke(Object api, Method method, Class<?>[] types, boolean bodiesFromExamples)
            throws IllegalAccessException {
        long strings = Stream.of(types).filter(type -> type == String.class).count();
        int combinations = (int) Math.pow(STRING_CANDIDATES.size(), strings);
        for (int combination = 0; combination < combinations; combination++) {
            recorded.clear();
            Object[] arguments = new Object[types.length];
            int stringIndex = 0;
            for (int i = 0; i < types.length; i++) {
                if (types[i] == String.class) {
                    int pick = (combination / (int) Math.pow(STRING_CANDIDATES.size(), stringIndex++))
                            % STRING_CANDIDATES.size();
                    arguments[i] = STRING_CANDIDATES.get(pick);
                } else if (bodiesFromExamples && types[i].isRecord()) {
                    arguments[i] = fromSeedExample(types[i]);
                } else {
                    arguments[i] = sample(types[i]);
                }
            }
            try {
                Object result = method.invoke(api, arguments);
                if (result instanceof Stream<?> stream) {
                    stream.findFirst();
                }
            } catch (InvocationTargetException failed) {
                if (failed.getCause() instanceof InvalidParameterException) {
                    continue;
                }
                // Any other failure (the canned "{}" not fitting a list, say) comes after the request was recorded.
            } catch (RuntimeException failedInTheStream) {
                // As above: a lazily fetched page fails to parse after it was requested.
            }
            if (!recorded.isEmpty()) {
                return List.copyOf(recorded);
            }
        }
        return List.of();
    }

    private static Object sample(Class<?> type) {
        if (type == Cancellation.class) {
            return Cancellation.NEVER;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.FALSE;
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord() && OpenEnum.class.isAssignableFrom(type)) {
            // A path value such as a connection name: the seed's first value, not an empty one.
            return ((OpenEnum) emptyRecord(type)).known().get(0);
        }
        if (type.isRecord()) {
            return emptyRecord(type);
        }
        return null;
    }

    /**
     * Bodies for methods that check their body before sending, where the seed's example uses placeholders
     * ({@code "st"} as a country code) that the check rightly refuses. Keyed by the body type's simple name.
     */
    private static final Map<String, String> VALID_BODIES = Map.of(
            "SmsMfaUpdate", "{\"phone_number\":\"+4791234567\",\"enabled\":true}",
            "NewPayoutDestinationApproval", "{\"payout_destination_id\":\"seller-1\",\"payout_reference\":\"Seller 1\","
                    + "\"country_code\":\"NO\",\"organization_number\":\"937052766\",\"bank_accounts\":[{"
                    + "\"bank_name\":\"DNB\",\"bank_account_number\":\"12345678903\","
                    + "\"bank_account_number_type\":\"BBAN\",\"bank_account_country_code\":\"NO\","
                    + "\"bank_account_currency\":\"NOK\",\"payout_currency\":\"NOK\"}]}");

    /** A body that passes the method's own checks, else the first seed request example that reads into it. */
    private static Object fromSeedExample(Class<?> type) {
        ObjectMapper strict = Json.newMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        String valid = VALID_BODIES.get(type.getSimpleName());
        if (valid != null) {
            try {
                return strict.readValue(valid, type);
            } catch (Exception stale) {
                throw new IllegalStateException("VALID_BODIES no longer fits " + type, stale);
            }
        }
        for (SeedExamples.Example example : SeedExamples.all()) {
            if (example.role() != SeedExamples.Role.REQUEST) {
                continue;
            }
            try {
                return strict.readValue(example.location().toFile(), type);
            } catch (Exception doesNotFit) {
                // try the next example
            }
        }
        return null;
    }

    /** A record with every component absent, which is what the mapper writes as {@code {}}. */
    private static Object emptyRecord(Class<?> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            Object[] values = Stream.of(types).map(t -> t.isPrimitive() ? sample(t) : null).toArray();
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException cannotBuild) {
            return null;
        }
    }

    private static final List<Class<?>> OID_CONSTRUCTOR = List.of(HttpTransport.class, String.class);
    private static final List<Class<?>> TRANSPORT_CONSTRUCTOR = List.of(HttpTransport.class);

    private static Object construct(Class<?> area, HttpTransport transport) throws ReflectiveOperationException {
        for (Constructor<?> constructor : area.getConstructors()) {
            List<Class<?>> types = List.of(constructor.getParameterTypes());
            if (types.equals(OID_CONSTRUCTOR)) {
                return constructor.newInstance(transport, OID);
            }
        }
        return area.getConstructor(HttpTransport.class).newInstance(transport);
    }

    /** Classes an API client hands out per area: built from the transport (and the signed-in account id). */
    private static List<Class<?>> areaClasses() {
        return OperationCatalog.clientClasses().stream()
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .filter(type -> Stream.of(type.getConstructors())
                        .map(c -> List.of(c.getParameterTypes()))
                        .anyMatch(types -> types.equals(OID_CONSTRUCTOR) || types.equals(TRANSPORT_CONSTRUCTOR)))
                .toList();
    }
}
