package org.egmpublisher.render.html;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's default object wrapper, with a fast way into records, which carry every view
 * model: {@code ${row.rank}} calls the component's accessor through a method handle made once per
 * record class. FreeMarker's bean model finds the same method by reflection and checks access on
 * every call, which was a tenth of the time of a country page. Anything else on a record (another
 * method, a built-in) goes to the bean model, as before.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    /** Each record class's components by name, as handles taking the record and returning an Object. */
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> handles = new HashMap<>();
            MethodType getter = MethodType.methodType(Object.class, Object.class);
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    var accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    handles.put(c.getName(), MethodHandles.lookup().unreflect(accessor).asType(getter));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return Map.of(); // not open to us: the bean model reads it, as it always did
                }
            }
            return handles;
        }
    };

    RecordWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record r) {
            Map<String, MethodHandle> components = COMPONENTS.get(r.getClass());
            if (!components.isEmpty()) {
                return new RecordModel(r, components, this);
            }
        }
        return super.handleUnknownType(obj);
    }

    /** A record as a hash of its components; everything else as the bean model gives it. */
    private static final class RecordModel implements TemplateHashModel, AdapterTemplateModel {

        private final Record record;
        private final Map<String, MethodHandle> components;
        private final RecordWrapper wrapper;
        private TemplateHashModel bean;

        RecordModel(Record record, Map<String, MethodHandle> components, RecordWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle component = components.get(key);
            if (component == null) {
                return bean().get(key);
            }
            try {
                return wrapper.wrap((Object) component.invokeExact((Object) record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("reading " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        private TemplateHashModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = (TemplateHashModel) wrapper.beanOf(record);
            }
            return bean;
        }
    }

    private TemplateModel beanOf(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }
}
