package dev.estateaudit.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The content of a compiled kjar that matters at run time: its classes and the names of its
 * executable-model classes. Reading the zip ourselves spares the KieContainer path (kmodule.xml and
 * pom parsing, the kie repository), which costs more at start-up than building the rule base.
 */
final class CompiledRules {

    /** The kjar file listing the model classes, one per line after a version header. */
    private static final String MODEL_LIST = "/drools-model";
    private static final String VERSION_HEADER = "Drools-Model-Version:";

    private final Map<String, byte[]> classes;
    private final List<String> modelClassNames;

    private CompiledRules(Map<String, byte[]> classes, List<String> modelClassNames) {
        this.classes = classes;
        this.modelClassNames = modelClassNames;
    }

    /** Reads a kjar; an unreadable or model-less archive is an {@link IllegalArgumentException}. */
    static CompiledRules read(byte[] kjar) {
        Map<String, byte[]> classes = new HashMap<>();
        List<String> models = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), zip.readAllBytes());
                } else if (name.startsWith("META-INF/kie/") && name.endsWith(MODEL_LIST)) {
                    models = parseModelList(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable kjar: " + e.getMessage(), e);
        }
        if (models == null || models.isEmpty()) {
            throw new IllegalArgumentException("not an executable-model kjar: no model classes listed");
        }
        for (String model : models) {
            if (!classes.containsKey(model)) {
                throw new IllegalArgumentException("the kjar lists model class " + model + " but does not contain it");
            }
        }
        return new CompiledRules(classes, models);
    }

    static List<String> parseModelList(String text) {
        List<String> names = new ArrayList<>();
        for (String line : text.split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith(VERSION_HEADER)) {
                names.add(name);
            }
        }
        return names;
    }

    Map<String, byte[]> classes() {
        return classes;
    }

    List<String> modelClassNames() {
        return modelClassNames;
    }

    /** A loader that defines this kjar's classes itself, so a user folder may reuse a built-in package name. */
    ClassLoader newClassLoader(ClassLoader parent) {
        return new KjarClassLoader(classes, parent);
    }

    private static final class KjarClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        KjarClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("estate-audit-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!classes.containsKey(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes = classes.get(name);
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
