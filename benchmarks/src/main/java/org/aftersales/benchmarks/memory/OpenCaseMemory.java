package org.aftersales.benchmarks.memory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.TenantPolicies;
import org.aftersales.benchmarks.lifecycle.ReturnAndRefundFlow;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.store.memory.InMemoryAfterSalesStore;

/**
 * Bytes the in-memory store holds per open case, per case type: the heap in use after a forced GC,
 * before and after opening {@code count} cases of the type through the service (case, events, timers,
 * outbox messages, idempotency record, order-line claim: everything an open case costs the store).
 * Averaging over many cases hides the per-case noise of the heap measure; no agent (JOL) is needed.
 *
 * <p>Arguments: results file, cases per type.
 */
public final class OpenCaseMemory {

  private OpenCaseMemory() {}

  public static void main(String[] args) throws Exception {
    Path results = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    for (CaseType type : CaseType.values()) {
      measure(type, Math.max(1, count / 10)); // warm up: load classes, fill caches, compile
      long bytes = measure(type, count);
      String line = String.format(Locale.ROOT, "%s\t%d\t%d", type, count, bytes / count);
      System.out.println("RESULT memory " + line);
      Files.createDirectories(results.toAbsolutePath().getParent());
      Files.writeString(results, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  /** Returns the heap the store holds after opening {@code count} cases of {@code type}. */
  static long measure(CaseType type, int count) {
    AtomicLong ids = new AtomicLong();
    InMemoryAfterSalesStore store = new InMemoryAfterSalesStore();
    AfterSalesService service = new AfterSalesService(store, TenantPolicies.same(ReturnAndRefundFlow.POLICY),
        () -> CaseId.of(String.format("AS-%09d", ids.incrementAndGet())),
        Clock.fixed(ReturnAndRefundFlow.NOW, ZoneOffset.UTC));
    long before = usedAfterGc();
    for (int n = 0; n < count; n++) {
      ReturnAndRefundFlow.accepted(service.handle(CommandEnvelope.open(ReturnAndRefundFlow.SHOP, Actor.BUYER,
          ReturnAndRefundFlow.BUYER, IdempotencyKey.of(String.format("open-%09d", n)), request(type, n))));
    }
    long after = usedAfterGc();
    if (store.scheduledTimers() == 0) {
      throw new IllegalStateException("no open case holds a timer; the store was not filled");
    }
    return after - before;
  }

  private static CaseCommand.Open request(CaseType type, int n) {
    String order = String.format("SO-%09d", n);
    Reason reason = type == CaseType.REFUND_ONLY ? Reason.NOT_RECEIVED : Reason.QUALITY_DEFECT;
    return CaseCommand.Open.of(OrderId.of(order), ReturnAndRefundFlow.BUYER, type, reason, Channel.APP,
        List.of(OrderLine.of(order + "-L1", "teapot", 1, Money.of(25_800, "CNY"))), "Cracked lid", List.of());
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
