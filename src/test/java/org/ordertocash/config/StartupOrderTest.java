package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/** Every start-up step runs while this node holds the start-up lock, so never on two nodes at once. */
class StartupOrderTest {

  @Test
  void everyStartupStepRunsBetweenTakingAndGivingBackTheStartupLock() {
    List<Class<?>> steps = runners().stream()
        .filter(type -> type != StartupLock.class && type != StartupLock.Release.class)
        .toList();

    assertThat(steps).extracting(Class::getSimpleName).contains("IdentitySetup", "ProcessModelDeployer", "DemoOrders");
    assertThat(steps).allSatisfy(step -> {
      Order order = step.getAnnotation(Order.class);
      assertThat(order).as(step.getSimpleName() + " has an @Order from StartupOrder").isNotNull();
      assertThat(order.value()).as(step.getSimpleName()).isStrictlyBetween(StartupOrder.LOCK, StartupOrder.UNLOCK);
    });
    assertThat(StartupLock.class.getAnnotation(Order.class).value()).isEqualTo(StartupOrder.LOCK);
    assertThat(StartupLock.Release.class.getAnnotation(Order.class).value()).isEqualTo(StartupOrder.UNLOCK);
  }

  /** All of them, also those only some profiles start (the demo data). */
  private static List<Class<?>> runners() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.ordertocash").stream()
        .filter(type -> type.isAssignableTo(ApplicationRunner.class) && !type.isInterface())
        .<Class<?>>map(JavaClass::reflect)
        .toList();
  }
}
