package org.ordertocash.inventory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StockItemRepository extends JpaRepository<StockItem, StockItem.Key> {

  @Query("select s from StockItem s where s.sku = :sku")
  List<StockItem> findBySku(String sku);
}
