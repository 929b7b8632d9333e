package org.aftersales.examples.checkout;

import java.util.Map;
import java.util.Objects;

/**
 * What a route answers: the status, headers besides {@code Content-Type}, and the body that is
 * written as JSON.
 *
 * @param status the HTTP status
 * @param headers extra headers, such as {@code ETag} or {@code Location}
 * @param body the object written as the JSON body
 */
record Reply(int status, Map<String, String> headers, Object body) {

  Reply {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  static Reply of(int status, Object body) {
    return new Reply(status, Map.of(), body);
  }

  static Reply error(int status, String error, String message) {
    return of(status, ErrorBody.of(error, message));
  }
}
