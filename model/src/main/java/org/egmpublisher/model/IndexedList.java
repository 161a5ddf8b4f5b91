package org.egmpublisher.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list with a look-up by key (the first element with each key): pages, charts,
 * tables and scoring ask for one country at a time, and a scan per question made large projects
 * quadratic. Equal to any list with the same elements in the same order.
 */
public final class IndexedList<T> extends AbstractList<T> implements RandomAccess {

    private final List<T> list;
    private final Map<String, T> byKey;
    private final Function<T, String> key;

    private IndexedList(List<T> list, Function<T, String> key) {
        this.list = List.copyOf(list);
        this.key = key;
        this.byKey = new HashMap<>(this.list.size() * 2);
        for (T t : this.list) {
            byKey.putIfAbsent(key.apply(t), t);
        }
    }

    /** {@code list} indexed by {@code key}; an indexed list given again is returned as it is. */
    public static <T> IndexedList<T> of(List<T> list, Function<T, String> key) {
        if (list instanceof IndexedList<T> indexed && indexed.key == key) {
            return indexed;
        }
        return new IndexedList<>(list, key);
    }

    /** The first element whose key is {@code k}. */
    public Optional<T> find(String k) {
        return Optional.ofNullable(byKey.get(k));
    }

    @Override
    public T get(int index) {
        return list.get(index);
    }

    @Override
    public int size() {
        return list.size();
    }
}
