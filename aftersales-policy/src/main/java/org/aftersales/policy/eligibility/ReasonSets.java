package org.aftersales.policy.eligibility;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.casefile.Reason;

/** The groups of reasons that statutes and shop rules speak of. */
public final class ReasonSets {

  private ReasonSets() {}

  /** Returns the buyer's own choices: changed mind, size or fit (无理由). */
  public static Set<Reason> noReason() {
    return Arrays.stream(Reason.values()).filter(r -> !r.isSellerFault())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Reason.class)));
  }

  /**
   * Returns the faults of the goods themselves: quality defect, not as described, wrong item,
   * missing parts, damaged in transit (delivery problems are not among them).
   */
  public static Set<Reason> goodsFaults() {
    return EnumSet.of(Reason.QUALITY_DEFECT, Reason.NOT_AS_DESCRIBED, Reason.WRONG_ITEM, Reason.MISSING_PARTS,
        Reason.DAMAGED_IN_TRANSIT);
  }

  /** Returns the faults that make goods fail to work: a quality defect (性能故障 under 三包). */
  public static Set<Reason> performanceFaults() {
    return EnumSet.of(Reason.QUALITY_DEFECT);
  }

  /** Returns the values in declaration order, for messages and output. */
  public static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
    return values.stream().sorted().collect(Collectors.toList());
  }
}
