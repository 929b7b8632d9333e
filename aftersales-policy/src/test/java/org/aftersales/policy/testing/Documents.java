package org.aftersales.policy.testing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Policy documents for tests: a small valid one, and edits of a document at a JSON pointer, so a
 * test shows only the part of the document it is about.
 */
public final class Documents {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A valid document with one rule of each kind. */
  public static final String SMALL = """
      {
        "formatVersion": 1,
        "name": "Small shop",
        "eligibility": {
          "windows": [
            {"id": "shop.no-reason-7d", "source": "shop rules", "types": ["RETURN_AND_REFUND"],
             "reasons": ["CHANGED_MIND"],
             "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 7, "unit": "CALENDAR_DAYS"}}
          ],
          "exclusions": [
            {"id": "shop.fresh-excluded", "source": "shop rules", "categories": ["FRESH"], "reasons": ["CHANGED_MIND"]}
          ]
        },
        "evidence": {
          "rules": [
            {"id": "shop.photos", "source": "shop rules", "occasion": "BUYER_REQUEST", "reasons": ["QUALITY_DEFECT"],
             "required": [["PHOTO", "VIDEO"]]}
          ]
        },
        "sla": {
          "dayConvention": "END_OF_DAY", "automaticRefundAttempts": 3, "maxInformationRequests": 2,
          "maxPartialRefundOffers": 2,
          "steps": [
            {"id": "shop.response", "source": "shop rules", "step": "MERCHANT_RESPONSE",
             "limit": {"amount": 24, "unit": "HOURS"}, "remindBefore": ["PT6H"], "whenMissed": "APPROVE"}
          ]
        },
        "channels": {"id": "shop.channels", "source": "shop rules", "accepted": ["APP", "WEB"]},
        "shipping": {"id": "shop.shipping", "source": "shop rules", "changeOfMindReturn": "BUYER_PAYS",
          "changeOfMindOriginalDelivery": "BUYER", "changeOfMindReplacementOut": "BUYER"},
        "refund": {"id": "shop.refund", "source": "shop rules", "route": "ORIGINAL_PAYMENT",
          "deductReturnShipping": true, "chargeWaivedShipping": true, "clawBackBrokenThresholds": true,
          "deductKeptGifts": true, "restockingFeeBasisPoints": 0, "depreciationCapBasisPoints": 0,
          "keepPremiumDeliverySurplus": true, "pointsInKind": true, "couponsInKind": false}
      }
      """;

  private Documents() {}

  /**
   * Returns {@code json} with the value at {@code pointer} (such as {@code /sla/steps/0/limit}) set to
   * {@code value}; an array index one past the end appends.
   */
  public static String with(String json, String pointer, String value) {
    JsonNode root = parse(json);
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    String last = at.last().getMatchingProperty();
    if (parent.isArray()) {
      ArrayNode array = (ArrayNode) parent;
      int index = Integer.parseInt(last);
      if (index == array.size()) {
        array.add(parse(value));
      } else {
        array.set(index, parse(value));
      }
    } else {
      ((ObjectNode) parent).set(last, parse(value));
    }
    return root.toString();
  }

  /** Returns {@code json} without the field at {@code pointer}. */
  public static String without(String json, String pointer) {
    JsonNode root = parse(json);
    JsonPointer at = JsonPointer.compile(pointer);
    ((ObjectNode) root.at(at.head())).remove(at.last().getMatchingProperty());
    return root.toString();
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
