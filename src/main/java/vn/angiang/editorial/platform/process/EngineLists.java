package vn.angiang.editorial.platform.process;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's configuration lists (command interceptors, variable serializers) as a plugin extends them: the list
 * may not exist yet, and the one configured stays untouched.
 */
public final class EngineLists {

    private EngineLists() {
    }

    /** {@code configured} (or nothing) with {@code added} at the end. */
    public static <T> List<T> with(List<T> configured, T added) {
        List<T> list = configured == null ? new ArrayList<>() : new ArrayList<>(configured);
        list.add(added);
        return list;
    }

    /** {@code added} first, then {@code configured}: it runs before every other. */
    public static <T> List<T> first(T added, List<T> configured) {
        List<T> list = new ArrayList<>();
        list.add(added);
        if (configured != null) {
            list.addAll(configured);
        }
        return list;
    }
}
