package org.ordertocash.order;

import org.ordertocash.inventory.ProductView;
import org.ordertocash.customer.CustomerView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ordertocash.config.ApiError.FieldError;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.Address;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.inventory.ProductCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an order in: checks it against master data, stores it and starts its process in one
 * transaction, so either both exist or neither does.
 */
@Service
public class OrderIntakeService {

  /** The largest order this business takes (amounts are stored as numeric(19,2)). */
  static final BigDecimal MAX_TOTAL = new BigDecimal("9999999999999.99");
  /** How far ahead a delivery may be requested. */
  static final int MAX_YEARS_AHEAD = 2;

  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final OrderRepository orders;
  private final OrderNumberGenerator numbers;
  private final OrderProcesses processes;
  private final ObjectMapper objectMapper;
  private final OrderToCashProperties properties;
  private final Clock clock;

  public OrderIntakeService(CustomerDirectory customers, ProductCatalog products,
      OrderRepository orders, OrderNumberGenerator numbers, OrderProcesses processes,
      ObjectMapper objectMapper, OrderToCashProperties properties, Clock clock) {
    this.customers = customers;
    this.products = products;
    this.orders = orders;
    this.numbers = numbers;
    this.processes = processes;
    this.objectMapper = objectMapper;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @param idempotencyKey optional; the same user sending the same key again gets the order
   *     created the first time instead of a new one
   */
  @Transactional
  public IntakeResult submit(OrderRequest request, String user, String idempotencyKey) {
    String fingerprint = fingerprint(request);
    Optional<SalesOrder> earlier = findEarlier(user, idempotencyKey, fingerprint);
    if (earlier.isPresent()) {
      return new IntakeResult(earlier.get(), true);
    }
    SalesOrder order = buildOrder(request, user, idempotencyKey, fingerprint);
    // Flush now: a concurrent request with the same key fails here, before any process starts.
    orders.saveAndFlush(order);
    processes.start(order.getNumber(), user);
    return new IntakeResult(order, false);
  }

  /** Whether the user entered an order under this idempotency key before. */
  @Transactional(readOnly = true)
  public boolean entered(String user, String idempotencyKey) {
    return orders.findByEnteredByAndIdempotencyKey(user, idempotencyKey).isPresent();
  }

  /** The order an earlier request with this key created, if any. */
  @Transactional(readOnly = true)
  public Optional<SalesOrder> findEarlier(String user, String idempotencyKey, String fingerprint) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    Optional<SalesOrder> earlier = orders.findByEnteredByAndIdempotencyKey(user, idempotencyKey);
    earlier.ifPresent(order -> {
      if (!order.getRequestFingerprint().equals(fingerprint)) {
        throw new IdempotencyKeyReusedException(idempotencyKey, order.getNumber());
      }
    });
    return earlier;
  }

  private SalesOrder buildOrder(OrderRequest request, String user, String idempotencyKey, String fingerprint) {
    List<FieldError> errors = new ArrayList<>();
    CustomerView customer = customers.find(request.customerCode()).orElse(null);
    if (customer == null) {
      errors.add(new FieldError("customerCode", "unknown customer " + request.customerCode()));
    } else if (customer.isBlocked()) {
      errors.add(new FieldError("customerCode", "customer " + customer.getCode() + " is blocked"));
    }
    Map<String, ProductView> productsBySku = products.findAll(
        request.lines().stream().map(OrderRequest.Line::sku).toList());
    for (int i = 0; i < request.lines().size(); i++) {
      String sku = request.lines().get(i).sku();
      if (!productsBySku.containsKey(sku)) {
        errors.add(new FieldError("lines[" + i + "].sku", "unknown SKU " + sku));
      }
    }
    if (request.requestedDeliveryDate().isBefore(LocalDate.now(clock))) {
      errors.add(new FieldError("requestedDeliveryDate", "must not be in the past"));
    } else if (request.requestedDeliveryDate().isAfter(LocalDate.now(clock).plusYears(MAX_YEARS_AHEAD))) {
      errors.add(new FieldError("requestedDeliveryDate", "must be within " + MAX_YEARS_AHEAD + " years"));
    }
    if (errors.isEmpty() && total(request, productsBySku).compareTo(MAX_TOTAL) > 0) {
      errors.add(new FieldError("lines", "the order total must not exceed " + MAX_TOTAL.toPlainString()));
    }
    Address address = request.deliveryAddress() != null || customer == null
        ? request.deliveryAddress()
        : customer.defaultDeliveryAddress();
    if (address == null && customer != null) {
      errors.add(new FieldError("deliveryAddress", "required: the customer has no default delivery address"));
    }
    PaymentTerms terms = request.paymentTerms() != null || customer == null ? request.paymentTerms()
        : customer.defaultPaymentTerms();
    boolean inInstallments = terms == PaymentTerms.INSTALLMENTS;
    if (inInstallments && (request.installments() == null || request.installments().isEmpty())) {
      errors.add(new FieldError("installments", "terms INSTALLMENTS need the plan: installments with dueInDays and percent"));
    } else if (inInstallments) {
      errors.addAll(InstallmentPlan.check(request.installments()));
    } else if (request.installments() != null && !request.installments().isEmpty()) {
      errors.add(new FieldError("installments", "installments are only for payment terms INSTALLMENTS, not " + terms));
    }
    if (!errors.isEmpty()) {
      throw new InvalidOrderException(errors);
    }
    SalesOrder order = new SalesOrder(numbers.next(), customer.getCode(), request.channel(),
        properties.currency().getCurrencyCode(), terms, request.requestedDeliveryDate(), address,
        user, idempotencyKey, fingerprint, clock.instant());
    for (OrderRequest.Line line : request.lines()) {
      ProductView product = productsBySku.get(line.sku());
      BigDecimal unitPrice = line.unitPrice() != null ? line.unitPrice() : product.getListPrice();
      order.addLine(product.getSku(), line.quantity(), unitPrice, product.getListPrice());
    }
    if (inInstallments) {
      order.payInInstallments(InstallmentPlan.of(request.installments()));
    }
    return order;
  }

  /** Quantity times the given or the list price, over all lines. */
  private static BigDecimal total(OrderRequest request, Map<String, ProductView> productsBySku) {
    BigDecimal total = BigDecimal.ZERO;
    for (OrderRequest.Line line : request.lines()) {
      BigDecimal unitPrice = line.unitPrice() != null ? line.unitPrice() : productsBySku.get(line.sku()).getListPrice();
      total = total.add(unitPrice.multiply(BigDecimal.valueOf(line.quantity())));
    }
    return total;
  }

  public String fingerprint(OrderRequest request) {
    try {
      byte[] json = objectMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint order request", e);
    }
  }

  public record IntakeResult(SalesOrder order, boolean replayed) {}
}
