package org.ordertocash.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

/**
 * The repositories every order passes through write their queries out in JPQL (ADR 0022): Hibernate
 * 6.6 keeps the plan of a JPQL string, but translates a query Spring Data derives from a method
 * name (a criteria query) anew on every call — 10 % of the application's CPU under load.
 */
class RepositoryQueriesTest {

  private static final List<String> ON_EVERY_ORDERS_PATH = List.of(
      "order.OrderRepository", "inventory.ProductPriceRepository", "inventory.StockItemRepository",
      "inventory.ProductRepository", "billing.InvoiceRepository", "shipment.ShipmentRepository",
      "shipment.StockReservationRepository", "document.DocumentRepository", "outbox.OutboxRepository",
      "dunning.CreditBlockRepository", "survey.SurveyRepository", "returns.ReturnRequestRepository",
      "claim.CarrierClaimRepository");

  /** What Spring Data would turn into a criteria query (PartTree's prefixes). */
  private static final Pattern DERIVED = Pattern.compile(
      "^(find|read|get|query|search|stream|count|exists|delete|remove)\\p{Lu}?.*By.*");

  @Test
  void theirFindersDeclareTheirJpql() throws ClassNotFoundException {
    for (String name : ON_EVERY_ORDERS_PATH) {
      Class<?> repository = Class.forName(Modules.BASE + "." + name);
      List<String> derived = Arrays.stream(repository.getDeclaredMethods())
          .filter(method -> !method.isDefault() && !method.isSynthetic())
          .filter(method -> DERIVED.matcher(method.getName()).matches())
          .filter(method -> !method.isAnnotationPresent(Query.class))
          .map(Method::getName)
          .toList();
      assertThat(derived).as("derived queries of %s", name).isEmpty();
    }
  }
}
