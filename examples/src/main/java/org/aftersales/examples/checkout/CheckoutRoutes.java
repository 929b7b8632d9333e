package org.aftersales.examples.checkout;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.jdbc.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each request to its handler by path and method, and turns what a handler throws into the
 * error replies: 400 (bad request), 404 (no route), 405 (wrong method, with {@code Allow}), 413 (body
 * too large), 503 (database unreachable) and 500 for anything unforeseen, which is logged.
 */
final class CheckoutRoutes implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(CheckoutRoutes.class);

  /** Handles one route's method. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Call call);
  }

  /** A path pattern, its groups being the path parameters, and a handler per method. */
  private record Route(Pattern path, Map<String, Handler> methods) {}

  private final List<Route> routes;
  private final ApiJson json;

  CheckoutRoutes(CaseOpening opening, CaseActions actions, CaseReads reads, RecentMessages outbox, ApiJson json) {
    this.json = json;
    this.routes = List.of(
        new Route(Pattern.compile("/cases"), Map.of("POST", opening::open, "GET", reads::list)),
        new Route(Pattern.compile("/cases/([^/]+)"), Map.of("GET", reads::get)),
        new Route(Pattern.compile("/cases/([^/]+)/timeline"), Map.of("GET", reads::timeline)),
        new Route(Pattern.compile("/cases/([^/]+)/commands"), Map.of("POST", actions::act)),
        new Route(Pattern.compile("/outbox/recent"), Map.of("GET", outbox::reply)));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Reply reply = replyTo(exchange);
      byte[] body = json.write(reply.body());
      reply.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(reply.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private Reply replyTo(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    try {
      for (Route route : routes) {
        Matcher matcher = route.path().matcher(path);
        if (matcher.matches()) {
          Handler handler = route.methods().get(method);
          if (handler == null) {
            String allowed = String.join(", ", new TreeMap<>(route.methods()).keySet());
            return new Reply(405, Map.of("Allow", allowed),
                ErrorBody.of("METHOD_NOT_ALLOWED", method + " is not allowed on " + path + "; allowed: " + allowed));
          }
          return handler.handle(new Call(exchange, groups(matcher)));
        }
      }
      return Reply.error(404, "NO_ROUTE", "no route " + path + "; see examples/CHECKOUT.md");
    } catch (BadRequestException e) {
      return Reply.of(400, ErrorBody.badRequest(e));
    } catch (PayloadTooLargeException e) {
      return Reply.error(413, "PAYLOAD_TOO_LARGE", e.getMessage());
    } catch (DatabaseUnavailableException e) {
      LOG.warn("{} {}: database unavailable", method, path, e);
      return Reply.error(503, "DATABASE_UNAVAILABLE", "the database cannot be reached; retry with the same Idempotency-Key");
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", method, path, e);
      return Reply.error(500, "INTERNAL_ERROR", "the request failed; the server log has the cause");
    }
  }

  private static List<String> groups(Matcher matcher) {
    List<String> groups = new ArrayList<>();
    for (int i = 1; i <= matcher.groupCount(); i++) {
      groups.add(matcher.group(i));
    }
    return groups;
  }
}
