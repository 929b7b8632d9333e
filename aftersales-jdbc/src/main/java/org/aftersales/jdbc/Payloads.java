package org.aftersales.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.aftersales.jdbc.json.AfterSalesJson;

/** Reads stored JSON, turning what cannot be read into a {@link MalformedPayloadException} naming the row. */
final class Payloads {

  private final AfterSalesJson json;

  Payloads(AfterSalesJson json) {
    this.json = json;
  }

  String write(Object value) {
    return json.write(value);
  }

  <T> T read(String text, Class<T> type, String table, String row) {
    if (text == null) {
      throw new MalformedPayloadException(table, row, new IllegalStateException("the payload is null"));
    }
    try {
      return json.read(text, type);
    } catch (JsonProcessingException e) {
      throw new MalformedPayloadException(table, row, e);
    }
  }
}
