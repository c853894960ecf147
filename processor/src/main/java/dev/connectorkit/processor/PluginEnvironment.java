package dev.connectorkit.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.connectorkit.processor.diag.TreesEnvironment;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The plug-in's processing environment: javac's elements and types, its trees, the options. */
final class PluginEnvironment implements ProcessingEnvironment, TreesEnvironment {
  private final JavacTask task;
  private final Trees trees;
  private final Map<String, String> options;
  private final Messager messager;
  private final Filer filer;

  PluginEnvironment(
      JavacTask task,
      Trees trees,
      Map<String, String> options,
      Path out,
      CompilationUnitTree anyUnit) {
    this.task = task;
    this.trees = trees;
    this.options = Map.copyOf(options);
    this.messager = new TreeMessager(trees, anyUnit);
    this.filer = new OutputFiler(out);
  }

  @Override
  public Trees trees() {
    return trees;
  }

  @Override
  public Map<String, String> getOptions() {
    return options;
  }

  @Override
  public Messager getMessager() {
    return messager;
  }

  @Override
  public Filer getFiler() {
    return filer;
  }

  @Override
  public Elements getElementUtils() {
    return task.getElements();
  }

  @Override
  public Types getTypeUtils() {
    return task.getTypes();
  }

  @Override
  public SourceVersion getSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Locale getLocale() {
    return Locale.getDefault();
  }
}
