package org.aftersales.examples.checkout;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CommandType;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;

/**
 * The service's JSON: reads request bodies into the core's commands and this package's request
 * records, writes replies, and turns every reading failure into a {@link BadRequestException} naming
 * the field's path and what was expected there.
 *
 * <p>On the wire, money is text ({@code "CNY 12.34"}, exact, as {@link Money#parse} reads it),
 * instants and dates are ISO-8601, ids are plain strings, and a command names its kind in a
 * {@code type} property holding a {@link CommandType} name, its other properties being the fields of
 * the core's {@link CaseCommand} record of that name. A missing list counts as empty; any other
 * missing field, an unknown field, a duplicate key or a value of the wrong type is refused.
 *
 * <p>Instances are thread-safe.
 */
final class ApiJson {

  /** Commands that have a route or an actor of their own, so the commands route does not take them. */
  static final Set<CommandType> NOT_SENT_AS_COMMANDS =
      EnumSet.of(CommandType.OPEN, CommandType.SEND_REMINDER, CommandType.RECOMPUTE_DEADLINES);

  /** What a field of a type must look like, for the messages of values that do not. */
  private static final Map<Class<?>, String> FORMS = Map.of(
      Money.class, "money as text: an ISO 4217 code, a space and an amount, such as \"CNY 12.34\"",
      Instant.class, "an ISO-8601 instant, such as \"2025-03-01T10:15:30Z\"",
      LocalDate.class, "an ISO-8601 date, such as \"2025-12-31\"",
      OrderId.class, "an id: 1 to 128 printable characters without surrounding spaces",
      PartyId.class, "an id: 1 to 128 printable characters without surrounding spaces");

  /** A message's leading field name, with indexes and nested names: {@code lines[1].amountPaid}. */
  private static final Pattern LEADING_FIELD = Pattern.compile("^([A-Za-z]+)((?:\\[\\d+])?(?:\\.[A-Za-z]+)*)");

  private final ObjectMapper mapper;
  private final List<String> commandNames;

  ApiJson() {
    SimpleModule values = new SimpleModule("checkout-text-values")
        .addDeserializer(Money.class, new TextValue<>(Money.class, Money::parse))
        .addDeserializer(Instant.class, new TextValue<>(Instant.class, Instant::parse))
        .addDeserializer(LocalDate.class, new TextValue<>(LocalDate.class, LocalDate::parse))
        .addDeserializer(OrderId.class, new TextValue<>(OrderId.class, OrderId::of))
        .addDeserializer(PartyId.class, new TextValue<>(PartyId.class, PartyId::of));
    Stream.of(Money.class, Instant.class, OrderId.class, PartyId.class, CaseId.class, TenantId.class)
        .forEach(type -> values.addSerializer(type, ToStringSerializer.instance));
    mapper = JsonMapper.builder()
        .addModule(values)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // 1.7 is not attempt 1, nor 1e3 a quantity: whole numbers are written as such, never truncated.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // "2" is not a quantity and 2 is not a reason: no silent conversions between scalars.
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .addMixIn(CaseCommand.class, TypedByCommandType.class)
        .build();
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    mapper.configOverride(Set.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    commandNames = Stream.of(CaseCommand.class.getPermittedSubclasses())
        .map(type -> new NamedType(type, commandTypeOf(type).name()))
        .filter(named -> !NOT_SENT_AS_COMMANDS.contains(CommandType.valueOf(named.getName())))
        .peek(mapper::registerSubtypes)
        .map(NamedType::getName)
        .sorted()
        .toList();
  }

  /** Names each command by its {@link CommandType} in a {@code type} property. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  private interface TypedByCommandType {}

  /**
   * Returns the command type of a {@link CaseCommand} record: {@code ShipReturn} is {@code SHIP_RETURN}.
   *
   * @throws IllegalArgumentException if the record's name is no command type, which the core's
   *     naming rule on {@link CommandType} excludes
   */
  static CommandType commandTypeOf(Class<?> commandRecord) {
    return CommandType.valueOf(commandRecord.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
  }

  /** Returns the command types the commands route takes, sorted by name. */
  List<String> commandNames() {
    return commandNames;
  }

  /**
   * Reads a command to an existing case.
   *
   * @throws BadRequestException if the body is not such a command
   */
  CaseCommand readCommand(byte[] body) {
    return read(body, CaseCommand.class);
  }

  /**
   * Reads a body as a record of {@code type}; the record's constructor validates it.
   *
   * @throws BadRequestException if the body is not JSON, is JSON's {@code null}, or is not a valid
   *     value of the type
   */
  <T> T read(byte[] body, Class<T> type) {
    T value;
    try {
      value = mapper.readValue(body, type);
    } catch (JsonMappingException e) {
      throw badRequest(e);
    } catch (JsonProcessingException e) {
      // Malformed JSON, and JSON past the parser's limits (a number of thousands of digits, deep nesting).
      throw new BadRequestException("body", "well-formed JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory cannot fail", e);
    }
    if (value == null) {
      throw new BadRequestException("body", expectedFor(type) + ", not null");
    }
    return value;
  }

  /** Writes a reply's body. */
  byte[] write(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getName() + " as JSON", e);
    }
  }

  private BadRequestException badRequest(JsonMappingException e) {
    String path = pathOf(e);
    if (e instanceof InvalidTypeIdException) {
      return new BadRequestException(at(path, "type"), "one of " + commandNames);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new BadRequestException(path, "no such field; the fields are " + unknown.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException invalid) {
      return new BadRequestException(orBody(path), expectedFor(invalid.getTargetType()) + ", not '" + invalid.getValue() + "'");
    }
    if (e instanceof ValueInstantiationException refused && refused.getCause() != null) {
      return refusedByConstructor(path, refused.getType().getRawClass(), refused.getCause());
    }
    if (e instanceof MismatchedInputException mismatched) {
      return new BadRequestException(orBody(path), expectedFor(mismatched.getTargetType()));
    }
    return new BadRequestException(orBody(path), e.getOriginalMessage());
  }

  /**
   * A record's constructor refused its fields. The core's records name the field first in their
   * messages ({@code Objects.requireNonNull(x, "x")}, {@code "lines must hold at least one ..."}), so
   * a message that starts with one of the record's components points into it.
   */
  private static BadRequestException refusedByConstructor(String path, Class<?> record, Throwable cause) {
    String message = String.valueOf(cause.getMessage());
    Matcher field = LEADING_FIELD.matcher(message);
    if (record.isRecord() && field.find() && isComponent(record, field.group(1))) {
      String expected = cause instanceof NullPointerException ? "a value; the field is required" : message;
      return new BadRequestException(at(path, field.group()), expected);
    }
    return new BadRequestException(orBody(path), message);
  }

  private static boolean isComponent(Class<?> record, String name) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).anyMatch(name::equals);
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String at(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String orBody(String path) {
    return path.isEmpty() ? "body" : path;
  }

  static String expectedFor(Class<?> type) {
    if (type == null) {
      return "a valid value";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (FORMS.containsKey(type)) {
      return FORMS.get(type);
    }
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "a JSON object (" + type.getSimpleName() + ")";
  }

  /**
   * Reads a value written as a JSON string, such as money or an instant; a string the type refuses,
   * or anything but a string, is a mapping error at the field's path.
   */
  private static final class TextValue<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;

    TextValue(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      @SuppressWarnings("unchecked")
      Class<T> type = (Class<T>) handledType();
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      String text = p.getText();
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        return type.cast(ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage()));
      }
    }
  }
}
