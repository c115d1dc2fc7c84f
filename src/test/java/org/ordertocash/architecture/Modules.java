package org.ordertocash.architecture;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's modules: the packages directly below {@code org.ordertocash}. Everything in a
 * package and its sub-packages belongs to that module.
 */
final class Modules {

  static final String BASE = "org.ordertocash";

  /** Infrastructure every feature may use; it uses no feature. */
  static final Set<String> FOUNDATION = Set.of("config", "identity");

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages(BASE);

  private Modules() {}

  /** The module a class belongs to, or null for classes outside the modules (the application class). */
  static String of(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(BASE + ".")) {
      return null;
    }
    String rest = name.substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** Which modules each module uses, from the compiled classes. */
  static Map<String, Set<String>> dependencies() {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (JavaClass type : MAIN) {
      String from = of(type);
      if (from == null) {
        continue;
      }
      Set<String> targets = uses.computeIfAbsent(from, m -> new TreeSet<>());
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        String to = of(dependency.getTargetClass());
        if (to != null && !to.equals(from)) {
          targets.add(to);
        }
      }
    }
    return uses;
  }
}
