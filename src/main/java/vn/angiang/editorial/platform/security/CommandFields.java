package vn.angiang.editorial.platform.security;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Reads and replaces the arguments an engine command carries (its task id, its variables). The engine
 * keeps them in protected fields without accessors; 7.24 is the last release of this engine line, so
 * their names are fixed. A field that is not there fails the command rather than letting it through.
 */
public final class CommandFields {

    private CommandFields() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(Object command, String name) {
        try {
            return (T) field(command, name).get(command);
        } catch (IllegalAccessException e) {
            throw unreadable(command, name, e);
        }
    }

    public static void set(Object command, String name, Object value) {
        try {
            field(command, name).set(command, value);
        } catch (IllegalAccessException e) {
            throw unreadable(command, name, e);
        }
    }

    private static Field field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw unreadable(command, name, null);
    }

    private static ProcessEngineException unreadable(Object command, String name, Exception cause) {
        return new ProcessEngineException("Không kiểm tra được dữ liệu gửi kèm lệnh " + command.getClass().getSimpleName()
                + " (" + name + "): lệnh bị từ chối.", cause);
    }
}
