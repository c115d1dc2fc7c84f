package org.ordertocash;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OrderToCashApplication {

  public static void main(String[] args) {
    SpringApplication.run(OrderToCashApplication.class, args);
  }
}
