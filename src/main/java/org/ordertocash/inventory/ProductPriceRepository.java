package org.ordertocash.inventory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductPriceRepository extends JpaRepository<ProductPrice, Long> {

  List<ProductPrice> findBySkuOrderByValidFromDesc(String sku);

  boolean existsBySkuAndValidFrom(String sku, java.time.LocalDate validFrom);
}
