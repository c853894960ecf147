package dev.connectorkit.processor.diag;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Finds the source positions javac's {@link Messager} cannot: an annotation repeated inside its
 * container ({@code @ApiResponse} twice), and the members a record declares implicitly (accessor,
 * canonical constructor parameter, component), which are placed at the component as written.
 */
final class SourcePositions {
  private final Trees trees;

  private SourcePositions(Trees trees) {
    this.trees = trees;
  }

  /** Positions through javac's tree API, or none when the compiler is not javac. */
  static SourcePositions of(ProcessingEnvironment env) {
    try {
      return new SourcePositions(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return none();
    }
  }

  /** Leaves every position to the {@link Messager}. */
  static SourcePositions none() {
    return new SourcePositions(null);
  }

  /**
   * Prints the message where the Messager would miss the position, and says whether it did;
   * {@code false} leaves the message to the Messager.
   */
  boolean print(Diagnostic.Kind kind, String text, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    if (trees == null) {
      return false;
    }
    TreePath path = trees.getPath(element);
    int index = annotation == null ? 0 : repeatIndex(element, annotation);
    if (path == null) {
      Element twin = declaredTwin(element);
      path = twin == null ? null : trees.getPath(twin);
      if (path == null) {
        return false;
      }
      index = Math.max(index, 0);
    } else if (annotation == null || index <= 0) {
      return false;
    }
    Tree tree =
        annotation == null ? path.getLeaf() : annotationTree(path, annotation, index, value);
    trees.printMessage(kind, text, tree, path.getCompilationUnit());
    return true;
  }

  /**
   * 0 when the annotation is directly on the element, its place among the repeated annotations
   * of its type when it sits in a container, -1 when it is on neither.
   */
  private static int repeatIndex(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (m == annotation) {
        return 0;
      }
      for (AnnotationValue v : m.getElementValues().values()) {
        int i = indexOf(v.getValue(), annotation);
        if (i >= 0) {
          // Counted from 1 so that the first repeated one is still told from a direct one.
          return i + 1;
        }
      }
    }
    return -1;
  }

  /** The written component behind an implicit record member, as its field; else null. */
  private static Element declaredTwin(Element element) {
    Element owner = element.getEnclosingElement();
    Element record = switch (element.getKind()) {
      case RECORD_COMPONENT -> owner;
      case METHOD -> ((ExecutableElement) element).getParameters().isEmpty() ? owner : null;
      case PARAMETER -> owner.getKind() == ElementKind.CONSTRUCTOR
          ? owner.getEnclosingElement() : null;
      default -> null;
    };
    if (record == null || record.getKind() != ElementKind.RECORD) {
      return null;
    }
    for (Element member : record.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && !member.getModifiers().contains(Modifier.STATIC)
          && member.getSimpleName().equals(element.getSimpleName())) {
        return member;
      }
    }
    return null;
  }

  /** The tree of the annotation (number {@code index} of its type, from 1) or of its value. */
  private Tree annotationTree(TreePath path, AnnotationMirror annotation, int index,
      AnnotationValue value) {
    ModifiersTree modifiers = modifiers(path.getLeaf());
    if (modifiers == null) {
      return path.getLeaf();
    }
    TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
    TreePath modifiersPath = new TreePath(path, modifiers);
    int seen = 0;
    for (AnnotationTree a : modifiers.getAnnotations()) {
      if (isOfType(new TreePath(modifiersPath, a), a, type) && ++seen >= index) {
        return valueTree(a, annotation, value);
      }
    }
    return path.getLeaf();
  }

  private boolean isOfType(TreePath annotationPath, AnnotationTree a, TypeElement type) {
    Element e = trees.getElement(new TreePath(annotationPath, a.getAnnotationType()));
    if (e != null) {
      return e.equals(type);
    }
    String written = a.getAnnotationType().toString();
    return written.equals(type.getQualifiedName().toString())
        || written.equals(type.getSimpleName().toString());
  }

  /** The expression of the member that holds {@code value}, or of its item; else the annotation. */
  private static Tree valueTree(AnnotationTree a, AnnotationMirror annotation,
      AnnotationValue value) {
    if (value == null) {
      return a;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        annotation.getElementValues().entrySet()) {
      int item = e.getValue() == value ? -1 : indexOf(e.getValue().getValue(), value);
      if (e.getValue() != value && item < 0) {
        continue;
      }
      ExpressionTree expression = argument(a, e.getKey().getSimpleName().toString());
      if (expression == null) {
        return a;
      }
      if (item >= 0 && expression instanceof NewArrayTree array
          && array.getInitializers() != null && item < array.getInitializers().size()) {
        return array.getInitializers().get(item);
      }
      return expression;
    }
    return a;
  }

  private static ExpressionTree argument(AnnotationTree a, String member) {
    for (ExpressionTree argument : a.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree id
            && id.getName().contentEquals(member)) {
          return assignment.getExpression();
        }
      } else if (member.equals("value")) {
        return argument;
      }
    }
    return null;
  }

  private static ModifiersTree modifiers(Tree tree) {
    if (tree instanceof MethodTree m) {
      return m.getModifiers();
    }
    if (tree instanceof VariableTree v) {
      return v.getModifiers();
    }
    if (tree instanceof ClassTree c) {
      return c.getModifiers();
    }
    return null;
  }

  /** The index of an annotation value item, by identity, in a list value; else -1. */
  private static int indexOf(Object listValue, Object item) {
    if (listValue instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        Object v = items.get(i);
        if (v == item || v instanceof AnnotationValue av && av.getValue() == item) {
          return i;
        }
      }
    }
    return -1;
  }
}
