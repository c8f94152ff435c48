package vn.angiang.editorial.platform.variables;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.EngineLists;

/**
 * Text variables that the engine's text columns cannot hold are kept whole in its byte array table.
 *
 * <p>The engine stores a String variable in a column of 4,000 characters ({@code TEXT_} of
 * {@code ACT_RU_VARIABLE}, {@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL}), and PostgreSQL text cannot hold
 * the character U+0000 at all. The processes carry longer texts — a feedback's content, an answer and the
 * public question and answer may have 10,000 characters, and Tasklist sends a textarea as a String — and
 * such a value failed the whole command at the database: a 500 for the person submitting the form, or, for
 * a citizen's submission started in the background, a job that never completes. These values (and only
 * these) are written by {@link LongTextSerializer}; they stay Strings for everyone reading them (REST,
 * Tasklist, Cockpit, the delegates). Only a query by such a value does not find it, and none is made.
 *
 * <p>The history also keeps a copy of each field of a submitted form in the same kind of column
 * ({@code ACT_HI_DETAIL}, "form property"); that copy is cut to fit ({@link FittingFormProperties}). The whole
 * value is in the variable's own history.
 */
@Component
public class LongTextVariables extends AbstractProcessEnginePlugin {

    /** Characters the engine's text column holds. */
    static final int TEXT_COLUMN = 4000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreVariableSerializers(
                EngineLists.with(configuration.getCustomPreVariableSerializers(), new LongTextSerializer()));
        if (configuration.getHistoryEventProducer() == null) {
            configuration.setHistoryEventProducer(new FittingFormProperties());
        }
    }

    /** {@code text} as the engine's text column can hold it: U+0000 replaced, cut to the column's size. */
    static String fitted(String text) {
        if (text == null || fitsTextColumn(text)) {
            return text;
        }
        String kept = text.replace('\u0000', '\uFFFD');
        if (kept.length() > TEXT_COLUMN) {
            int end = TEXT_COLUMN - 1;
            if (Character.isHighSurrogate(kept.charAt(end - 1))) {
                end--;
            }
            kept = kept.substring(0, end) + "…";
        }
        return kept;
    }

    /** The engine's own history, with the copies of submitted form fields cut to fit their column. */
    static final class FittingFormProperties extends CacheAwareHistoryEventProducer {
        @Override
        public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId,
                String propertyValue, String taskId) {
            return super.createFormPropertyUpdateEvt(execution, propertyId, fitted(propertyValue), taskId);
        }
    }

    /** True if the engine's text column can hold {@code text} as it is. */
    static boolean fitsTextColumn(String text) {
        // String.length() counts UTF-16 units, never fewer than the column's characters
        return text.length() <= TEXT_COLUMN && text.indexOf('\u0000') < 0;
    }

    /** A String the text column cannot hold, as UTF-8 bytes. */
    public static final class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

        /** The serializer's name, stored with each such variable. */
        public static final String NAME = "longText";

        public LongTextSerializer() {
            super(ValueType.STRING);
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        protected boolean canWriteValue(TypedValue value) {
            return value.getValue() instanceof String text && !fitsTextColumn(text);
        }

        @Override
        public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
            return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
        }

        @Override
        public void writeValue(StringValue value, ValueFields fields) {
            fields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public StringValue readValue(ValueFields fields, boolean asTransientValue) {
            byte[] bytes = fields.getByteArrayValue();
            return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
        }
    }
}
