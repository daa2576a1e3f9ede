package dev.estateaudit.estate;

import java.util.Arrays;

/**
 * A map from short texts to values, looked up by the parser's own characters: a text seen before
 * costs no String, where asking a HashMap would first build one for every value of the file (a
 * million module names, applications, versions and timestamps). Open addressing, grown at half full.
 *
 * @param <V> the value kept for each text
 */
final class TextTable<V> {

    private String[] keys = new String[256];
    /** Each key's characters and hash, compared in place of the String's (no bounds check per character). */
    private char[][] chars = new char[256][];
    private int[] hashes = new int[256];
    private Object[] values = new Object[256];
    private int size;

    /** The value kept for the text {@code text[offset..offset+length)}, or null. */
    @SuppressWarnings("unchecked")
    V get(char[] text, int offset, int length) {
        int hash = hash(text, offset, length);
        int mask = keys.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            char[] key = chars[slot];
            if (key == null) {
                return null;
            }
            if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, text, offset, offset + length)) {
                return (V) values[slot];
            }
        }
    }

    /** The value kept for {@code text}, or null. */
    @SuppressWarnings("unchecked")
    V get(String text) {
        int mask = keys.length - 1;
        for (int slot = spread(text.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return null;
            }
            if (key.equals(text)) {
                return (V) values[slot];
            }
        }
    }

    /** Keeps {@code value} for {@code key}, which is not in the table yet. */
    void put(String key, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(key, value);
        size++;
    }

    private void insert(String key, Object value) {
        int hash = spread(key.hashCode());
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        chars[slot] = key.toCharArray();
        hashes[slot] = hash;
        values[slot] = value;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        chars = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** String.hashCode of the same characters, so that a key put as a String is found by its characters. */
    private static int hash(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        return spread(h);
    }

    /** Names that differ only at the end (Module_1, Module_2) must not crowd neighbouring slots. */
    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
