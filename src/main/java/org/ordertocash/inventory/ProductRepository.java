package org.ordertocash.inventory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, String> {

  @Query("select p from Product p order by p.sku")
  List<Product> findAllByOrderBySku();
}
