package org.aftersales.jdbc.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.stream.Stream;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CommandEnvelope;

/**
 * Turns the core's records into JSON and back: a case, an event, a command envelope. Records map by
 * their components; the sealed {@link CaseEvent} and {@link CaseCommand} carry their simple class name
 * in an {@code @type} property (set by mix-ins, so the core stays free of Jackson). Reading is strict:
 * an unknown or missing property, a null where a record needs a value, or a value a record refuses is
 * an error, never a silently different case.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AfterSalesJson {

  private final ObjectMapper mapper;

  /** Creates the mapper. */
  public AfterSalesJson() {
    mapper = new ObjectMapper()
        .registerModule(new JavaTypesModule())
        // Records only: derived methods such as isPaused() or awaiting() are not stored state.
        .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
        .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
        .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .addMixIn(CaseEvent.class, Polymorphic.class)
        .addMixIn(CaseCommand.class, Polymorphic.class);
    Stream.of(CaseEvent.class.getPermittedSubclasses(), CaseCommand.class.getPermittedSubclasses())
        .flatMap(Stream::of)
        .forEach(type -> mapper.registerSubtypes(new NamedType(type, type.getSimpleName())));
  }

  /** Marks a sealed interface's records with their simple name. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "@type")
  private interface Polymorphic {}

  /**
   * Writes a value (a case, an event, a command envelope) as JSON.
   *
   * @param value the record to write
   * @return its JSON text
   * @throws IllegalStateException if the value cannot be written, which means a core type this mapper
   *     does not know
   */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * Reads a value of a type from JSON.
   *
   * @param json the JSON text
   * @param type the record type, such as {@link AfterSalesCase}, {@link CaseEvent} or {@link CommandEnvelope}
   * @return the value
   * @throws JsonProcessingException if the text is not JSON, or not a valid value of that type
   */
  public <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return mapper.readValue(json, type);
  }
}
