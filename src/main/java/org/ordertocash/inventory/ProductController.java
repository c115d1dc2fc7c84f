package org.ordertocash.inventory;

import java.math.BigDecimal;
import java.util.List;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
public class ProductController {

  private final ProductRepository products;
  private final StockItemRepository stock;
  private final CurrentUser currentUser;

  public ProductController(ProductRepository products, StockItemRepository stock, CurrentUser currentUser) {
    this.products = products;
    this.stock = stock;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<ProductView> list() {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return products.findAllByOrderBySku().stream()
        .map(p -> new ProductView(p.getSku(), p.getName(), p.getUnit(), p.getListPrice(),
            p.getCurrency(), stock.findBySku(p.getSku()).stream().mapToInt(StockItem::available).sum()))
        .toList();
  }

  public record ProductView(String sku, String name, String unit, BigDecimal listPrice,
      String currency, int available) {}
}
