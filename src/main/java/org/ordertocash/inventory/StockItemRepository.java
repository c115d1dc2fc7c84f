package org.ordertocash.inventory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StockItemRepository extends JpaRepository<StockItem, StockItem.Key> {

  List<StockItem> findBySku(String sku);
}
