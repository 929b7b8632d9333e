package org.aftersales.casefile;

import java.util.Objects;

/**
 * The buyer's rating of how the case was handled, given once after the case ends.
 *
 * @param stars 1 (poor) to 5 (excellent)
 * @param comment free text, possibly empty
 */
public record Rating(int stars, String comment) {

  /**
   * Validates the rating.
   *
   * @throws NullPointerException if comment is null
   * @throws IllegalArgumentException if stars is outside 1..5 or the comment is longer than 1000 characters
   */
  public Rating {
    Objects.requireNonNull(comment, "comment");
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("stars must be 1 to 5, but was " + stars);
    }
    if (comment.length() > 1000) {
      throw new IllegalArgumentException("comment must be at most 1000 characters, but had " + comment.length());
    }
  }
}
