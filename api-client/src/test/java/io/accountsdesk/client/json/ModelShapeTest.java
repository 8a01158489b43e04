package io.accountsdesk.client.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.contract.OperationCatalog;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules every model record keeps, checked over all of them so a new model cannot slip: each component names its JSON
 * field explicitly (the API mixes four naming styles, so no naming strategy may guess), and no component is a
 * primitive, because a primitive turns an absent field into 0 or false: a wrong value instead of "not given".
 */
class ModelShapeTest {

    /** Every record a request or response body can contain: reached from the operations' models, transitively. */
    private static List<Class<?>> models() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Type> toVisit = new ArrayDeque<>();
        for (OperationCatalog.Declared declared : OperationCatalog.all()) {
            if (declared.operation().requestType() != null) {
                toVisit.add(declared.operation().requestType());
            }
            toVisit.add(declared.operation().responseType());
        }
        while (!toVisit.isEmpty()) {
            Type type = toVisit.pop();
            if (type instanceof ParameterizedType generic) {
                toVisit.add(generic.getRawType());
                toVisit.addAll(List.of(generic.getActualTypeArguments()));
            } else if (type instanceof WildcardType wildcard) {
                toVisit.addAll(List.of(wildcard.getUpperBounds()));
            } else if (type instanceof Class<?> raw && raw.getName().startsWith("io.accountsdesk.client")) {
                if (raw.isSealed()) {
                    toVisit.addAll(List.of(raw.getPermittedSubclasses()));
                }
                if (raw.isRecord() && !OpenEnum.class.isAssignableFrom(raw) && found.add(raw)) {
                    for (RecordComponent component : raw.getRecordComponents()) {
                        toVisit.add(component.getGenericType());
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    @Test
    void thereAreManyModels() {
        assertThat(models()).hasSizeGreaterThan(150);
    }

    @Test
    void everyComponentNamesItsJsonFieldOrIsAnExplicitCatchAll() {
        List<String> unnamed = new ArrayList<>();
        for (Class<?> model : models()) {
            for (RecordComponent component : model.getRecordComponents()) {
                boolean named = component.isAnnotationPresent(JsonProperty.class)
                        || constructorParameterAnnotated(model, component, JsonProperty.class);
                boolean catchAll = component.isAnnotationPresent(JsonAnySetter.class)
                        || constructorParameterAnnotated(model, component, JsonAnySetter.class);
                if (!named && !catchAll) {
                    unnamed.add(model.getName() + "." + component.getName());
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void noComponentIsAPrimitiveSoAbsentStaysAbsent() {
        List<String> primitives = new ArrayList<>();
        for (Class<?> model : models()) {
            for (RecordComponent component : model.getRecordComponents()) {
                if (component.getType().isPrimitive()) {
                    primitives.add(model.getName() + "." + component.getName() + " (" + component.getType() + ")");
                }
            }
        }
        assertThat(primitives).isEmpty();
    }

    private static boolean constructorParameterAnnotated(Class<?> model, RecordComponent component,
                                                         Class<? extends java.lang.annotation.Annotation> annotation) {
        Class<?>[] types = java.util.Arrays.stream(model.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            var canonical = model.getDeclaredConstructor(types);
            List<String> names = java.util.Arrays.stream(model.getRecordComponents()).map(RecordComponent::getName)
                    .toList();
            int index = names.indexOf(component.getName());
            return canonical.getParameters()[index].isAnnotationPresent(annotation);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
