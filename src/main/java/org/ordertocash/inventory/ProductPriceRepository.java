package org.ordertocash.inventory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductPriceRepository extends JpaRepository<ProductPrice, Long> {

  @Query("select p from ProductPrice p where p.sku = :sku order by p.validFrom desc")
  List<ProductPrice> findBySkuOrderByValidFromDesc(String sku);

  @Query("select case when count(p) > 0 then true else false end from ProductPrice p where p.sku = :sku and p.validFrom = :validFrom")
  boolean existsBySkuAndValidFrom(String sku, java.time.LocalDate validFrom);
}
