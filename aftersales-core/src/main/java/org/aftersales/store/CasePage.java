package org.aftersales.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.casefile.AfterSalesCase;

/**
 * One page of cases, oldest first, and the cursor to the next page (keyset paging: stable while
 * cases are added).
 *
 * @param cases the cases of this page
 * @param nextCursor present when more cases may follow
 */
public record CasePage(List<AfterSalesCase> cases, Optional<String> nextCursor) {

  /** Copies the list. */
  public CasePage {
    cases = List.copyOf(cases);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }

  /**
   * Returns the cursor that continues after a case: its opening instant, to the nanosecond, and its
   * id. Treat it as opaque; its form may change between versions.
   */
  public static String cursorAfter(AfterSalesCase last) {
    return last.openedAt() + "~" + last.id().value();
  }
}
