package org.ordertocash.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The module boundaries of ADR 0005: no cycles, the foundation uses no feature, and no module
 * touches another's tables through its entities or repositories.
 */
class ModuleRulesTest {

  @Test
  void modulesFormNoCycle() {
    slices().matching(Modules.BASE + ".(*)..").should().beFreeOfCycles().check(Modules.MAIN);
  }

  @Test
  void configAndIdentityUseNoFeature() {
    noClasses().that().resideInAPackage(Modules.BASE + ".config..")
        .should().dependOnClassesThat(outsideModules("config"))
        .check(Modules.MAIN);
    noClasses().that().resideInAPackage(Modules.BASE + ".identity..")
        .should().dependOnClassesThat(outsideModules("config", "identity"))
        .check(Modules.MAIN);
  }

  @Test
  void noModuleUsesAnotherModulesEntitiesOrRepositories() {
    classes().should(keepToTheirOwnPersistence()).check(Modules.MAIN);
  }

  @Test
  void theRulesSeeEveryModule() {
    // A rule that imports no classes passes vacuously; make sure the import found the code.
    assertThat(Modules.dependencies().keySet())
        .contains("config", "identity", "order", "negotiation", "contract", "shipment", "claim", "billing");
  }

  private static DescribedPredicate<JavaClass> outsideModules(String... allowed) {
    Set<String> modules = Set.of(allowed);
    return DescribedPredicate.describe("belong to a module other than " + modules,
        type -> Modules.of(type) != null && !modules.contains(Modules.of(type)));
  }

  private static ArchCondition<JavaClass> keepToTheirOwnPersistence() {
    return new ArchCondition<>("use no other module's entities or repositories") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        String module = Modules.of(type);
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          String owner = Modules.of(target);
          if (owner != null && !owner.equals(module) && isPersistence(target)) {
            events.add(SimpleConditionEvent.violated(type, dependency.getDescription()));
          }
        }
      }
    };
  }

  /** Entities and repositories; embeddable values (an address) are plain values any module may hold. */
  private static boolean isPersistence(JavaClass target) {
    JavaClass type = Modules.MAIN.contain(target.getName()) ? Modules.MAIN.get(target.getName()) : target;
    return (type.isAnnotatedWith(Entity.class) && !type.isAnnotatedWith(Embeddable.class))
        || type.isAssignableTo(Repository.class);
  }
}
