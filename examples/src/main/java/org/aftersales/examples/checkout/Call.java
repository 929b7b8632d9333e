package org.aftersales.examples.checkout;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP request as the routes read it: its headers, query parameters, path parameters and a body
 * of at most {@link #MAX_BODY_BYTES}. Missing or malformed parts throw {@link BadRequestException}
 * naming the header or parameter.
 */
final class Call {

  /** The largest request body read; a larger one is answered with 413. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  /** How much of a too-large body is read and dropped before the 413; a larger one gets a reset. */
  static final int DRAIN_LIMIT = 1024 * 1024;

  private static final String CONTENT_TYPE = "Content-Type";

  /** The charset parameter of a {@code Content-Type}, quoted or not. */
  private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

  private final HttpExchange exchange;
  private final List<String> pathParameters;

  Call(HttpExchange exchange, List<String> pathParameters) {
    this.exchange = exchange;
    this.pathParameters = List.copyOf(pathParameters);
  }

  /** Returns the {@code index}th parameter of the route's path, from 0. */
  String pathParameter(int index) {
    return pathParameters.get(index);
  }

  /**
   * Returns a header's value, or empty if the request has none.
   *
   * @throws BadRequestException if the request has the header more than once: which tenant, actor or
   *     version would count would be the server's guess
   */
  Optional<String> header(String name) {
    List<String> values = exchange.getRequestHeaders().get(name);
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw new BadRequestException(name, "the header once, but it came " + values.size() + " times");
    }
    return Optional.of(values.get(0));
  }

  /**
   * Returns a header's value.
   *
   * @throws BadRequestException if the request has no such header
   */
  String requiredHeader(String name, String expected) {
    return header(name).orElseThrow(() -> new BadRequestException(name, "a header with " + expected));
  }

  /**
   * Returns the query parameters, decoded.
   *
   * @throws BadRequestException if a parameter is given twice or has no value
   */
  Map<String, String> query() {
    String raw = exchange.getRequestURI().getRawQuery();
    Map<String, String> parameters = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (equals < 0) {
        throw new BadRequestException(name, "a query parameter with a value: " + name + "=...");
      }
      if (parameters.put(name, decode(pair.substring(equals + 1))) != null) {
        throw new BadRequestException(name, "the query parameter at most once");
      }
    }
    return parameters;
  }

  /**
   * Reads the whole body, JSON in UTF-8.
   *
   * @throws BadRequestException if {@code Content-Type} declares a charset other than UTF-8
   * @throws PayloadTooLargeException if it is longer than {@link #MAX_BODY_BYTES}
   */
  byte[] body() {
    requireUtf8();
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        drain(in);
        throw new PayloadTooLargeException(MAX_BODY_BYTES);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  /**
   * Refuses a body declared in another charset: read as UTF-8 anyway, a Latin-1 "café" would be refused
   * as malformed JSON or, worse, misread.
   */
  private void requireUtf8() {
    Optional<String> declared = header(CONTENT_TYPE).map(DECLARED_CHARSET::matcher).filter(Matcher::find)
        .map(charset -> charset.group(1));
    if (declared.isPresent() && !declared.get().equalsIgnoreCase("utf-8")) {
      throw new BadRequestException(CONTENT_TYPE, "JSON in UTF-8 (RFC 8259 8.1): no charset or charset=utf-8, not "
          + declared.get());
    }
  }

  /**
   * Reads and drops up to {@link #DRAIN_LIMIT} more bytes of a body too large to keep: a client still
   * sending when the server answers and closes would get a reset instead of the 413.
   */
  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    for (long left = DRAIN_LIMIT; left > 0; ) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        return;
      }
      left -= read;
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("query", "percent-encoded UTF-8 (" + e.getMessage() + ")");
    }
  }
}
