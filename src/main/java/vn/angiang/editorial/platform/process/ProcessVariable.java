package vn.angiang.editorial.platform.process;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable with its name and type, declared once per process (a {@code static final}
 * field of the process's variables class) and read and written only through it, so no delegate
 * spells a variable's name and a wrong type is found where it is read, with the variable's name.
 *
 * <pre>{@code
 * static final ProcessVariable<Long> FEEDBACK_ID = ProcessVariable.longValue("feedbackId");
 * long id = FEEDBACK_ID.required(execution);
 * }</pre>
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;
    private final Function<Object, T> convert;

    private ProcessVariable(String name, Class<T> type, Function<Object, T> convert) {
        this.name = name;
        this.type = type;
        this.convert = convert;
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class, value -> value instanceof String s ? s : null);
    }

    /** Whole numbers arrive as Integer or Long depending on who wrote them (a form, REST, a delegate). */
    public static ProcessVariable<Long> longValue(String name) {
        return new ProcessVariable<>(name, Long.class, value -> value instanceof Number n ? n.longValue() : null);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, Integer.class, value -> value instanceof Number n ? n.intValue() : null);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class, value -> value instanceof Boolean b ? b : null);
    }

    public static ProcessVariable<Date> date(String name) {
        return new ProcessVariable<>(name, Date.class, value -> value instanceof Date d ? d : null);
    }

    /** A variable whose value is kept as the engine gives it (Json, a list): the process's variables class reads it. */
    public static ProcessVariable<Object> raw(String name) {
        return new ProcessVariable<>(name, Object.class, Function.identity());
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The value, or null when the variable is not set. */
    public T get(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        T typed = convert.apply(value);
        if (typed == null) {
            throw new IllegalStateException("Biến " + name + " của hồ sơ có kiểu " + value.getClass().getSimpleName()
                    + ", cần kiểu " + type.getSimpleName());
        }
        return typed;
    }

    public Optional<T> optional(VariableScope scope) {
        return Optional.ofNullable(get(scope));
    }

    /** The value; a missing one is a fault of the model, not of the user. */
    public T required(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("Hồ sơ thiếu biến " + name);
        }
        return value;
    }

    /** The value as text, whatever its type (for forms and mails). */
    public String text(VariableScope scope) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    /**
     * At a task's {@code create} event, removes {@code variables} (the decision of an earlier round, so that the
     * form shows nothing the official did not choose) and answers true; at any other event answers false.
     */
    public static boolean clearedAtCreate(DelegateTask task, ProcessVariable<?>... variables) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return false;
        }
        for (ProcessVariable<?> variable : variables) {
            variable.remove(task);
        }
        return true;
    }

    @Override
    public String toString() {
        return name + ": " + type.getSimpleName();
    }

    /** Every variable a process declares: the {@code static final ProcessVariable} fields of its variables class. */
    public static List<ProcessVariable<?>> declaredIn(Class<?> variables) {
        List<ProcessVariable<?>> declared = new ArrayList<>();
        for (Field field : variables.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                try {
                    field.setAccessible(true);
                    declared.add((ProcessVariable<?>) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return declared;
    }
}
