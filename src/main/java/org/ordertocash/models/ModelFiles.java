package org.ordertocash.models;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ordertocash.config.Language;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds the models and forms on the classpath (the build copies bpmn/ and forms/ there). Forms
 * come in the company's language: {@code forms/} holds them in Chinese, the default, and
 * {@code forms/en/} in English, with the same ids; only one language is deployed (docs/adr/0019).
 */
public final class ModelFiles {

  private ModelFiles() {}

  public static List<ModelFile> load(ResourcePatternResolver resolver, Language formLanguage) throws IOException {
    List<ModelFile> files = new ArrayList<>();
    for (String pattern : patterns(formLanguage)) {
      for (Resource resource : resolver.getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          files.add(new ModelFile(stableName(resource.getURL().toString()), in.readAllBytes()));
        }
      }
    }
    files.sort(Comparator.comparing(ModelFile::name));
    return files;
  }

  /** The folder of the forms in a language, relative to the repository (and the classpath). */
  public static String formFolder(Language language) {
    return language == Language.ZH_CN ? "forms/" : "forms/" + language.tag() + "/";
  }

  static List<String> patterns(Language formLanguage) {
    return List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn",
        "classpath*:" + formFolder(formLanguage) + "*.form");
  }

  /**
   * The part of a resource URL from its top folder on: both
   * {@code jar:file:/app.jar!/BOOT-INF/classes!/bpmn/a.bpmn} and
   * {@code file:/home/x/project/target/classes/bpmn/a.bpmn} become {@code bpmn/a.bpmn}.
   */
  static String stableName(String url) {
    String path = url.replace('\\', '/');
    int classes = Math.max(path.lastIndexOf("/classes/"), path.lastIndexOf("!/"));
    String tail = classes >= 0 ? path.substring(path.indexOf('/', classes + 1) + 1) : path;
    for (String root : new String[] {"bpmn/", "forms/"}) {
      if (tail.startsWith(root)) {
        return tail;
      }
      int at = tail.lastIndexOf("/" + root);
      if (at >= 0) {
        return tail.substring(at + 1);
      }
    }
    throw new IllegalArgumentException("Not under bpmn/ or forms/: " + url);
  }
}
