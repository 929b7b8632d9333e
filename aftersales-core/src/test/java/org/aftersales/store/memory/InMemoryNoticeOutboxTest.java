package org.aftersales.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.Notice;
import org.aftersales.store.OutboxMessage;
import org.junit.jupiter.api.Test;

class InMemoryNoticeOutboxTest {

  private static final TenantId SHOP = TenantId.of("shop");
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  private static Notice notice(String id) {
    return Notice.of(id, SHOP, "ReturnRateJumped", "sku-1", AT, Map.of("returned", "12", "delivered", "40"));
  }

  @Test
  void noticesWaitInTheOutboxInOrderUntilDelivered() {
    InMemoryAfterSalesStore store = new InMemoryAfterSalesStore();
    store.append(List.of(notice("n1"), notice("n2")));

    List<OutboxMessage> pending = store.pending(10);
    assertThat(pending).extracting(OutboxMessage::id).containsExactly("n1", "n2");
    assertThat(pending.get(0)).isInstanceOfSatisfying(OutboxMessage.NoticeMessage.class, m -> {
      assertThat(m.type()).isEqualTo("ReturnRateJumped");
      assertThat(m.key()).isEqualTo("sku-1");
      assertThat(m.tenant()).isEqualTo(SHOP);
      assertThat(m.notice().fields()).containsEntry("returned", "12");
    });
    store.markDelivered(List.of("n1"));
    assertThat(store.pending(10)).extracting(OutboxMessage::id).containsExactly("n2");
  }

  @Test
  void aNoticeAppendedTwiceWhilePendingIsOneMessage() {
    InMemoryAfterSalesStore store = new InMemoryAfterSalesStore();
    store.append(List.of(notice("n1")));
    store.append(List.of(notice("n1")));
    assertThat(store.pending(10)).hasSize(1);
  }

  @Test
  void aNullNoticeIsRefusedAndNothingIsAppended() {
    InMemoryAfterSalesStore store = new InMemoryAfterSalesStore();
    List<Notice> withNull = new java.util.ArrayList<>();
    withNull.add(notice("n1"));
    withNull.add(null);
    assertThatThrownBy(() -> store.append(withNull)).isInstanceOf(NullPointerException.class);
    assertThat(store.pending(10)).isEmpty();
  }

  @Test
  void aNoticeNeedsAnIdATypeAndAKey() {
    assertThatThrownBy(() -> Notice.of(" ", SHOP, "T", "k", AT, Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be blank");
  }
}
