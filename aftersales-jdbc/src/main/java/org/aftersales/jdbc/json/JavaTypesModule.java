package org.aftersales.jdbc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The few JDK types the core's records use that plain jackson-databind does not map: {@link Optional}
 * and {@link OptionalLong} (empty as JSON null), {@link Instant}, {@link Duration} and {@link LocalDate}
 * (the policy's metrics tracks; ISO-8601 text, to the nanosecond). Written here rather than pulling in
 * the jdk8 and jsr310 modules for five types.
 */
final class JavaTypesModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  JavaTypesModule() {
    super("aftersales-java-types");
    addSerializer(Instant.class, new TextSerializer<>(Instant.class));
    addDeserializer(Instant.class, new TextDeserializer<>(Instant.class, Instant::parse));
    addSerializer(Duration.class, new TextSerializer<>(Duration.class));
    addDeserializer(Duration.class, new TextDeserializer<>(Duration.class, Duration::parse));
    addSerializer(LocalDate.class, new TextSerializer<>(LocalDate.class));
    addDeserializer(LocalDate.class, new TextDeserializer<>(LocalDate.class, LocalDate::parse));
    addSerializer(OptionalLong.class, new OptionalLongSerializer());
    addDeserializer(OptionalLong.class, new OptionalLongDeserializer());
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Optional<?>> optional = (Class) Optional.class;
    addSerializer(optional, new OptionalSerializer());
    addDeserializer(optional, new OptionalDeserializer(null));
  }

  /** Writes a value as its {@code toString()}, which for Instant and Duration is ISO-8601. */
  private static final class TextSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    TextSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads a value from ISO-8601 text; anything else is a mapping error naming the type. */
  private static final class TextDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final transient Function<String, T> parse;

    TextDeserializer(Class<T> type, Function<String, T> parse) {
      super(type);
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      String text = p.getText();
      try {
        return parse.apply(text);
      } catch (DateTimeParseException e) {
        return type.cast(ctxt.handleWeirdStringValue(type, text, "not ISO-8601: %s", e.getMessage()));
      }
    }
  }

  private static final class OptionalLongSerializer extends StdSerializer<OptionalLong> {
    private static final long serialVersionUID = 1L;

    OptionalLongSerializer() {
      super(OptionalLong.class);
    }

    @Override
    public void serialize(OptionalLong value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value.isPresent()) {
        gen.writeNumber(value.getAsLong());
      } else {
        gen.writeNull();
      }
    }
  }

  private static final class OptionalLongDeserializer extends StdDeserializer<OptionalLong> {
    private static final long serialVersionUID = 1L;

    OptionalLongDeserializer() {
      super(OptionalLong.class);
    }

    @Override
    public OptionalLong deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return (OptionalLong) ctxt.handleUnexpectedToken(OptionalLong.class, p);
      }
      return OptionalLong.of(p.getLongValue());
    }

    @Override
    public OptionalLong getNullValue(DeserializationContext ctxt) {
      return OptionalLong.empty();
    }
  }

  private static final class OptionalSerializer extends StdSerializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    OptionalSerializer() {
      super((Class) Optional.class);
    }

    @Override
    public void serialize(Optional<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value.isPresent()) {
        provider.defaultSerializeValue(value.get(), gen);
      } else {
        gen.writeNull();
      }
    }
  }

  /** Reads {@code Optional<T>} by asking for T's deserializer once the declared type is known. */
  private static final class OptionalDeserializer extends StdDeserializer<Optional<?>>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final JsonDeserializer<?> content;

    OptionalDeserializer(JsonDeserializer<?> content) {
      super(Optional.class);
      this.content = content;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JavaType type = ctxt.getContextualType();
      if (type == null && property != null) {
        type = property.getType();
      }
      if (type == null || type.containedTypeCount() != 1) {
        return ctxt.reportBadDefinition(Optional.class, "Optional needs its content type, but found " + type);
      }
      return new OptionalDeserializer(ctxt.findContextualValueDeserializer(type.containedType(0), property));
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Optional.ofNullable(content.deserialize(p, ctxt));
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) {
      return Optional.empty();
    }
  }
}
