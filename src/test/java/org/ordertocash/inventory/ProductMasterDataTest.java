package org.ordertocash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sales managers create and change products (both names, unit, category, VAT) and give them list
 * prices with validity dates; the price valid today is the one orders get; bad input is refused
 * field by field with nothing stored; changes are on the audit trail.
 */
@AppTest
class ProductMasterDataTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ProductCatalog catalog;

  static String form(String sku, String name, String nameZh, String unit, String category, String vat, String price) {
    return """
        {"sku": %s, "name": "%s", "nameZh": "%s", "unit": "%s", "category": "%s", "vatRate": %s, "listPrice": %s}
        """.formatted(sku == null ? "null" : "\"" + sku + "\"", name, nameZh, unit, category, vat, price);
  }

  static String newSku() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSalesManagerCreatesAProductInBothLanguagesAndChangesIt() {
    String sku = newSku();

    ResponseEntity<Map> created = Api.as(rest, "mike").post("/api/products",
        form(sku, "Ergonomic stool", "人体工学凳", "pcs", "FURNITURE", "0.13", "259.00"));

    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    assertThat(created.getBody()).containsEntry("sku", sku).containsEntry("name", "Ergonomic stool")
        .containsEntry("nameZh", "人体工学凳").containsEntry("unit", "pcs").containsEntry("listPrice", 259.0)
        .containsEntry("vatRate", 0.13);
    assertThat(catalog.get(sku).name(org.ordertocash.config.Language.ZH_CN)).isEqualTo("人体工学凳");
    assertThat(Api.as(rest, "mike").post("/api/products", form(sku, "Again", "", "pcs", "FURNITURE", "0.13", "1"))
        .getStatusCode().value()).as("the SKU exists").isEqualTo(409);

    ResponseEntity<Map> changed = Api.as(rest, "nina").put("/api/products/" + sku,
        form(null, "Ergonomic stool, grey", "人体工学凳（灰色）", "set", "ACCESSORIES", "0.09", "null"));
    assertThat(changed.getStatusCode().value()).as(String.valueOf(changed.getBody())).isEqualTo(200);
    assertThat(changed.getBody()).containsEntry("nameZh", "人体工学凳（灰色）").containsEntry("unit", "set")
        .containsEntry("category", "ACCESSORIES").containsEntry("vatRate", 0.09).containsEntry("listPrice", 259.0);

    List<Map<String, Object>> events = (List<Map<String, Object>>) Api.as(rest, "audrey")
        .get("/api/audit/orders/" + sku).getBody().get("events");
    assertThat(events).filteredOn(e -> "MASTER_DATA_CHANGED".equals(e.get("kind")))
        .extracting(e -> e.get("actor") + ": " + e.get("summary"))
        .containsExactly("mike: Product " + sku + " created", "nina: Product " + sku + " changed");
  }

  @Test
  void theListPriceValidTodayCountsAFuturePriceWaitsAndAnEndedOneNoLonger() {
    String sku = newSku();
    Api.as(rest, "mike").post("/api/products", form(sku, "Desk lamp", "台灯", "pcs", "ACCESSORIES", "0.13", "100.00"));
    LocalDate today = LocalDate.now(clock);

    assertThat(Api.as(rest, "mike").post("/api/products/" + sku + "/prices",
        "{\"listPrice\": 120.00, \"validFrom\": \"" + today.plusDays(30) + "\"}").getStatusCode().value()).isEqualTo(201);
    assertThat(price(sku)).as("a future price waits").isEqualTo(100.0);

    Api.as(rest, "mike").post("/api/products/" + sku + "/prices", "{\"listPrice\": 89.00, \"validFrom\": \""
        + today.minusDays(1) + "\", \"validTo\": \"" + today.plusDays(6) + "\"}");
    assertThat(price(sku)).as("a promotion valid this week").isEqualTo(89.0);
    assertThat(catalog.get(sku).listPrice()).as("what orders are priced with").isEqualByComparingTo("89.00");

    assertThat(Api.as(rest, "mike").post("/api/products/" + sku + "/prices", "{\"listPrice\": 80.00, \"validFrom\": \""
        + today + "\", \"validTo\": \"" + today.minusDays(1) + "\"}").getStatusCode().value())
        .as("ends before it starts").isEqualTo(400);
    assertThat(Api.as(rest, "audrey").getList("/api/products/" + sku + "/prices"))
        .extracting(p -> p.get("listPrice") + " from " + p.get("validFrom"))
        .containsExactly("120.0 from " + today.plusDays(30), "100.0 from " + today, "89.0 from " + today.minusDays(1));
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsStored() {
    String sku = newSku();
    Map<String, String> cases = Map.of(
        "sku", form("lower case", "Lamp", "", "pcs", "ACCESSORIES", "0.13", "1"),
        "name", form(sku, "", "", "pcs", "ACCESSORIES", "0.13", "1"),
        "unit", form(sku, "Lamp", "", "Stück", "ACCESSORIES", "0.13", "1"),
        "category", form(sku, "Lamp", "", "pcs", "TOYS", "0.13", "1"),
        "vatRate", form(sku, "Lamp", "", "pcs", "ACCESSORIES", "13", "1"),
        "listPrice", form(sku, "Lamp", "", "pcs", "ACCESSORIES", "0.13", "-1"));
    cases.forEach((field, body) -> {
      ResponseEntity<Map> refused = Api.as(rest, "mike").post("/api/products", body);
      assertThat(refused.getStatusCode().value()).as(field).isEqualTo(400);
      assertThat(refused.getBody().toString()).as(field).contains(field).doesNotContain("Exception");
    });
    assertThat(Api.as(rest, "sally").post("/api/products", form(sku, "Lamp", "", "pcs", "ACCESSORIES", "0.13", "1"))
        .getStatusCode().value()).as("sales maintain customers, not products").isEqualTo(403);
    assertThat(jdbc.sql("select count(*) from product where sku = ?").param(sku).query(Integer.class).single()).isZero();
  }

  private double price(String sku) {
    return ((Number) Api.as(rest, "sally").get("/api/products/" + sku).getBody().get("listPrice")).doubleValue();
  }
}
