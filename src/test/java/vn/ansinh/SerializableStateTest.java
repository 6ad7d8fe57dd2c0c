package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a session or a view keeps is serializable, so that a server can hand it to another node (Hazelcast keeps
 * the sessions of a cluster, src/docs/cluster.md) or write it out. Every class of {@code vn.ansinh} annotated
 * {@code @ViewScoped}, {@code @SessionScoped} or {@code @ConversationScoped} implements {@link Serializable}, and so
 * does the type of each of its fields that is neither static nor transient (the bean's superclasses in
 * {@code vn.ansinh} included), by these rules:
 *
 * <ul>
 *   <li>a primitive, an enum, an array of a serializable type, a class or interface that extends Serializable;
 *   <li>a class of our own ({@code vn.ansinh}) that is Serializable has its own fields checked the same way, as deep
 *       as they go (a record is checked like a class: its components are its fields), and its superclasses of our
 *       own are Serializable too (else their fields would be left out of the stream and come back empty);
 *   <li>{@code List}, {@code Set}, {@code Map}, {@code Collection} and their sorted and queue kinds are accepted as
 *       declared types (every implementation the JDK gives, {@code List.of}, {@code toList()}, {@code ArrayList},
 *       is serializable) when their element types are serializable; the type arguments of every parameterized type
 *       are checked, a wildcard or type variable through its bound ({@code Object} is not serializable);
 *   <li>an {@code @Inject} field whose type is a bean of a normal scope ({@code @ApplicationScoped},
 *       {@code @RequestScoped}, {@code @SessionScoped}, {@code @ConversationScoped}, {@code @ViewScoped}) holds
 *       Weld's client proxy, which serializes as a reference to the bean and finds it again on the other side;
 *       one whose type is a stateless or singleton EJB holds a reference that Weld serializes the same way (session
 *       beans are passivation-capable dependencies, CDI 4.0 §6.6.2). An injected {@code @Dependent} bean is a
 *       plain object stored in the field: it must pass the rules above, like any value;
 *   <li>a type variable of a superclass ({@code ImportPage<R, S>}) is checked as the type the subclass gives it;
 *   <li>a few JDK types that are not declared Serializable but whose every value we put there is
 *       ({@link #SERIALIZABLE_VALUES}), and a few fields declared {@code Object} whose values all are
 *       ({@link #SERIALIZABLE_FIELDS}), each with its reason.
 * </ul>
 *
 * Not checked: the implementation behind an interface-typed field at run time (a {@code subList} or
 * {@code keySet} view would not serialize though {@code List} and {@code Set} pass); library classes' own fields
 * (a PrimeFaces {@code LazyDataModel} is trusted because it says it is Serializable); what a lambda stored in a field
 * of a Serializable functional interface captures. The rules are tested on small examples below, so that a rule
 * that stopped finding anything would show.
 */
class SerializableStateTest {

    private static final List<Class<? extends Annotation>> PASSIVATING =
            List.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class);

    private static final List<Class<? extends Annotation>> NORMAL_SCOPES = List.of(
            ApplicationScoped.class,
            RequestScoped.class,
            SessionScoped.class,
            ConversationScoped.class,
            ViewScoped.class);

    private static final List<Class<? extends Annotation>> SESSION_BEANS =
            List.of(Stateless.class, jakarta.ejb.Singleton.class);

    private static final Set<Class<?>> COLLECTIONS = Set.of(
            Collection.class,
            List.class,
            Set.class,
            SortedSet.class,
            NavigableSet.class,
            Queue.class,
            Deque.class,
            Map.class,
            SortedMap.class,
            NavigableMap.class);

    /** Declared types that are not Serializable whose values in our beans are, and why. */
    static final Map<Class<?>, String> SERIALIZABLE_VALUES = Map.of(
            Clock.class, "produced by ClockProducer: Clock.system(zone) and Clock.fixed(…) are both Serializable");

    /**
     * Fields whose declared type is not serializable but whose every value is, and why (class name, dot, field).
     * Each is a hole in the check, to be kept short.
     */
    static final Map<String, String> SERIALIZABLE_FIELDS = Map.of(
            "vn.ansinh.shared.upload.UploadMessage.arguments",
            "a message's arguments: text, numbers, dates and codes for MessageFormat",
            "vn.ansinh.portal.application.PortalImports$Outcome.arguments",
            "a message's arguments: text, numbers, dates and codes for MessageFormat",
            "vn.ansinh.population.application.PopulationBatchFile$Problem.arguments",
            "a message's arguments: text, numbers, dates and codes for MessageFormat",
            "vn.ansinh.registry.web.HouseholdView.members",
            "rows of RegistryReader.membersOf: a Person (an entity, checked as PersonView.person) and its relationship");

    private static List<Class<?>> passivatingBeans() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.ansinh").stream()
                        .filter(c -> PASSIVATING.stream().anyMatch(c::isAnnotatedWith))
                        .<Class<?>>map(c -> c.reflect())
                        .toList();
    }

    @Test
    void everyBeanOfASessionOrAViewIsSerializableAndSoIsEverythingItKeeps() {
        List<Class<?>> beans = passivatingBeans();
        List<String> problems =
                beans.stream().flatMap(b -> problems(b).stream()).toList();

        assertThat(beans).as("the scan found the view beans").hasSizeGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    // --- the rules, on small examples

    static class Plain {}

    record Row(String name, long id) implements Serializable {}

    record LeakyRow(String name, Plain plain) implements Serializable {}

    @ApplicationScoped
    static class SharedService {}

    static class DependentHelper {}

    static class GoodBean implements Serializable {
        private int count;
        private String text;
        private List<Row> rows = new ArrayList<>();
        private Map<String, List<Row>> byName;
        private Row[] array;
        private transient Plain cache;
        private static Plain shared;

        @Inject
        private SharedService service;

        private Clock clock;
    }

    static class BadBean implements Serializable {
        private Plain plain;
        private List<Plain> plains;
        private Map<String, Object> anything;
        private LeakyRow leaky;
        private Function<String, String> function;
        private java.util.Optional<String> optional;

        @Inject
        private DependentHelper helper;
    }

    static class NotSerializable {
        private String text;
    }

    @Test
    void aBeanWhoseFieldsAllFollowTheRulesPasses() {
        assertThat(problems(GoodBean.class)).isEmpty();
    }

    @Test
    void eachFieldThatBreaksARuleIsNamed() {
        assertThat(problems(BadBean.class))
                .hasSize(7)
                .anySatisfy(p -> assertThat(p).contains("BadBean.plain"))
                .anySatisfy(p -> assertThat(p).contains("BadBean.plains"))
                .anySatisfy(p -> assertThat(p).contains("BadBean.anything"))
                .anySatisfy(p -> assertThat(p).contains("BadBean.leaky → LeakyRow.plain"))
                .anySatisfy(p -> assertThat(p).contains("BadBean.function"))
                .anySatisfy(p -> assertThat(p).contains("BadBean.optional"))
                .anySatisfy(p -> assertThat(p).contains("BadBean.helper"));
    }

    abstract static class Page<R> implements Serializable {
        private R report;
    }

    static class PlainPage extends Page<Plain> {}

    static class RowPage extends Page<Row> {}

    @Test
    void aSuperclassFieldOfATypeVariableIsCheckedAsTheSubclassBindsIt() {
        assertThat(problems(PlainPage.class)).singleElement().asString().contains("(Page).report", "Plain");
        assertThat(problems(RowPage.class)).isEmpty();
    }

    @Test
    void aBeanThatIsNotSerializableItselfIsNamed() {
        assertThat(problems(NotSerializable.class))
                .containsExactly(NotSerializable.class.getName() + " does not implement Serializable");
    }

    // --- the checker

    static List<String> problems(Class<?> bean) {
        List<String> problems = new ArrayList<>();
        if (!Serializable.class.isAssignableFrom(bean)) {
            problems.add(bean.getName() + " does not implement Serializable");
        }
        checkFields(bean, bean.getSimpleName(), problems, new HashSet<>());
        return problems;
    }

    private static void checkFields(Class<?> type, String path, List<String> problems, Set<Object> seen) {
        if (!seen.add(type)) {
            return;
        }
        Map<TypeVariable<?>, Type> bound = new HashMap<>(); // ImportPage<R, S>: what the subclass says R and S are
        for (Class<?> c = type; c != null && c.getName().startsWith("vn.ansinh"); c = c.getSuperclass()) {
            if (c != type && !Serializable.class.isAssignableFrom(c) && Serializable.class.isAssignableFrom(type)) {
                problems.add(path + ": its superclass " + c.getName()
                        + " is not Serializable (its fields would come back empty)");
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                String where = path + (c == type ? "" : " (" + c.getSimpleName() + ")") + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class) && isProxied(field.getType())
                        || SERIALIZABLE_FIELDS.containsKey(c.getName() + "." + field.getName())) {
                    continue;
                }
                Type declared = field.getGenericType();
                checkType(bound.getOrDefault(declared, declared), where, problems, seen);
            }
            if (c.getGenericSuperclass() instanceof ParameterizedType parent) {
                TypeVariable<?>[] variables = c.getSuperclass().getTypeParameters();
                Type[] arguments = parent.getActualTypeArguments();
                for (int i = 0; i < variables.length; i++) {
                    bound.put(variables[i], bound.getOrDefault(arguments[i], arguments[i]));
                }
            }
        }
    }

    private static boolean isProxied(Class<?> bean) {
        return Stream.concat(NORMAL_SCOPES.stream(), SESSION_BEANS.stream()).anyMatch(bean::isAnnotationPresent);
    }

    private static void checkType(Type type, String where, List<String> problems, Set<Object> seen) {
        if (type instanceof Class<?> c) {
            checkClass(c, where, problems, seen);
        } else if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (!COLLECTIONS.contains(raw)) {
                checkClass(raw, where, problems, seen);
            }
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, where + "<" + argument.getTypeName() + ">", problems, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), where, problems, seen);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, where, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> v && seen.add(v)) { // E extends Enum<E> names itself
            for (Type bound : v.getBounds()) {
                checkType(bound, where, problems, seen);
            }
        }
    }

    private static void checkClass(Class<?> c, String where, List<String> problems, Set<Object> seen) {
        if (c.isPrimitive() || SERIALIZABLE_VALUES.containsKey(c)) {
            return;
        }
        if (c.isArray()) {
            checkClass(c.getComponentType(), where, problems, seen);
        } else if (COLLECTIONS.contains(c)) {
            problems.add(where + ": a raw " + c.getSimpleName() + " (its elements cannot be checked)");
        } else if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
        } else if (c.getName().startsWith("vn.ansinh") && !c.isEnum()) {
            checkFields(c, where + " → " + c.getSimpleName(), problems, seen);
        }
    }
}
