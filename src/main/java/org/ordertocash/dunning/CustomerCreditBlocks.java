package org.ordertocash.dunning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.config.ApiError;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.Money;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.order.CreditBlocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit blocks on customers: dunning sets one at the levels its table says; finance lifts it
 * once the customer has nothing overdue. Order review reads it through {@link CreditBlocks}.
 */
@Service
public class CustomerCreditBlocks implements CreditBlocks {

  private final CreditBlockRepository blocks;
  private final ReceivableLedger ledger;
  private final CustomerDirectory customers;
  private final Clock clock;
  private final OrderToCashProperties properties;

  CustomerCreditBlocks(CreditBlockRepository blocks, ReceivableLedger ledger, CustomerDirectory customers,
      Clock clock, OrderToCashProperties properties) {
    this.properties = properties;
    this.blocks = blocks;
    this.ledger = ledger;
    this.customers = customers;
    this.clock = clock;
  }

  public record BlockView(String customerCode, boolean active, String reason, String invoiceNumber,
      String blockedBy, Instant blockedAt, String liftedBy, Instant liftedAt, String liftReason) {

    static BlockView of(CreditBlock b) {
      return new BlockView(b.getCustomerCode(), b.isActive(), b.getReason(), b.getInvoiceNumber(), b.getBlockedBy(),
          b.getBlockedAt(), b.getLiftedBy(), b.getLiftedAt(), b.getLiftReason());
    }
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> blockReason(String customerCode) {
    return blocks.findByActiveCode(customerCode)
        .map(b -> properties.labels().text("credit.blockedSince", b.getReason(), properties.labels().date(b.getBlockedAt())));
  }

  /** Blocks the customer's credit for an overdue invoice, unless it is blocked already. */
  @Transactional
  public void block(String customerCode, String invoiceNumber, String reason, String actor) {
    if (blocks.findByActiveCode(customerCode).isEmpty()) {
      blocks.save(new CreditBlock(customerCode, reason, invoiceNumber, actor, clock.instant()));
    }
  }

  /** Finance lifts the block: refused while the customer still has anything overdue. */
  @Transactional
  public BlockView lift(String customerCode, String reason, String actor) {
    String currency = customers.get(customerCode).getCurrency();
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new DomainException.InvalidInput("Say why the block is lifted (up to 500 characters)",
          List.of(new ApiError.FieldError("reason", "required, up to 500 characters")));
    }
    CreditBlock block = blocks.findByActiveCode(customerCode)
        .orElseThrow(() -> new DomainException.Conflict("Customer " + customerCode + " has no credit block"));
    BigDecimal overdue = ledger.overdue(customerCode, LocalDate.now(clock));
    if (overdue.signum() > 0) {
      throw new DomainException.Conflict("Customer " + customerCode + " still has "
          + Money.format(overdue, currency) + " overdue; the block stays");
    }
    block.lift(actor, reason.strip(), clock.instant());
    return BlockView.of(block);
  }

  /** The customer's blocks, current and lifted, oldest first. */
  @Transactional(readOnly = true)
  public List<BlockView> history(String customerCode) {
    customers.get(customerCode);
    return blocks.findByCustomerCodeOrderById(customerCode).stream().map(BlockView::of).toList();
  }
}
