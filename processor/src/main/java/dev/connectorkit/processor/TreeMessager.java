package dev.connectorkit.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The plug-in's Messager: prints through javac's trees at the element's declaration (annotations
 * and values are placed by {@code Diagnostics} before they get here), and at the start of a
 * compilation unit what concerns no element.
 */
final class TreeMessager implements Messager {
  private final Trees trees;
  private final CompilationUnitTree anyUnit;

  TreeMessager(Trees trees, CompilationUnitTree anyUnit) {
    this.trees = trees;
    this.anyUnit = anyUnit;
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
    // Javac's trees print only in a file: a message about no element goes to a compilation unit.
    trees.printMessage(kind, msg, anyUnit, anyUnit);
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
    TreePath path = e == null ? null : trees.getPath(e);
    if (path == null) {
      printMessage(kind, msg);
    } else {
      trees.printMessage(kind, msg, path.getLeaf(), path.getCompilationUnit());
    }
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
    printMessage(kind, msg, e);
  }

  @Override
  public void printMessage(
      Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
    printMessage(kind, msg, e);
  }
}
