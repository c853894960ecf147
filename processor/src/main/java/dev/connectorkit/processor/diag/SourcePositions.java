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
import java.lang.annotation.Repeatable;
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
import javax.lang.model.type.MirroredTypeException;
import javax.tools.Diagnostic;

/**
 * Finds the source positions javac's {@link Messager} cannot: an annotation repeated inside its
 * container ({@code @ApiResponse} twice) and what is nested in it, and the members a record
 * declares implicitly (accessor, canonical constructor parameter, component), which are placed at
 * the component as written.
 */
final class SourcePositions {
  private final Trees trees;
  private final boolean placeAll;

  private SourcePositions(Trees trees, boolean placeAll) {
    this.trees = trees;
    this.placeAll = placeAll;
  }

  /**
   * Positions through javac's tree API, or none when the compiler is not javac. In the plug-in's
   * environment, whose Messager knows no annotation positions, it places every message itself.
   */
  static SourcePositions of(ProcessingEnvironment env) {
    return new SourcePositions(TreesEnvironment.of(env), env instanceof TreesEnvironment);
  }

  /** Leaves every position to the {@link Messager}. */
  static SourcePositions none() {
    return new SourcePositions(null, false);
  }

  /**
   * Prints the message where the Messager would miss the position, and says whether it did; {@code
   * false} leaves the message to the Messager.
   */
  boolean print(
      Diagnostic.Kind kind,
      String text,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    if (trees == null) {
      return false;
    }
    TreePath path = trees.getPath(element);
    Repeated repeated = annotation == null ? null : repeated(element, annotation);
    if (path == null) {
      Element twin = declaredTwin(element);
      path = twin == null ? null : trees.getPath(twin);
      if (path == null) {
        return false;
      }
    } else if (repeated == null && !placeAll) {
      return false;
    }
    Tree tree = path.getLeaf();
    if (annotation != null) {
      Repeated top = repeated != null ? repeated : topLevel(element, annotation);
      tree = top == null ? tree : annotationTree(path, top, value != null ? value : annotation);
    }
    trees.printMessage(kind, text, tree, path.getCompilationUnit());
    return true;
  }

  /**
   * An annotation as written on the element, number {@code index} of its type (from 1), that is or
   * holds the one a diagnostic names.
   */
  private record Repeated(AnnotationMirror mirror, int index) {}

  /**
   * The repeated annotation, inside a container such as {@code @ApiResponses}, that is or holds the
   * annotation; null when the annotation sits directly on the element, or nested in one that does,
   * which the Messager places itself.
   */
  private static Repeated repeated(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      List<AnnotationMirror> items = containedRepeats(m);
      for (int i = 0; i < items.size(); i++) {
        AnnotationMirror item = items.get(i);
        if (item == annotation || contains(item, annotation)) {
          return new Repeated(item, i + 1);
        }
      }
    }
    return null;
  }

  /** The annotation directly on the element that is or holds the annotation, else null. */
  private static Repeated topLevel(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (m == annotation || contains(m, annotation)) {
        return new Repeated(m, 1);
      }
    }
    return null;
  }

  /** The annotations a container holds in its {@code value}, if it is a repeatable's container. */
  private static List<AnnotationMirror> containedRepeats(AnnotationMirror container) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        container.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value")
          && e.getValue().getValue() instanceof List<?> items
          && !items.isEmpty()
          && ((AnnotationValue) items.get(0)).getValue() instanceof AnnotationMirror first
          && isContainerOf(container, first)) {
        return items.stream()
            .map(v -> (AnnotationMirror) ((AnnotationValue) v).getValue())
            .toList();
      }
    }
    return List.of();
  }

  private static boolean isContainerOf(AnnotationMirror container, AnnotationMirror item) {
    Repeatable repeatable = item.getAnnotationType().asElement().getAnnotation(Repeatable.class);
    if (repeatable == null) {
      return false;
    }
    String name = qualifiedName(container);
    try {
      return repeatable.value().getName().equals(name);
    } catch (MirroredTypeException e) {
      return e.getTypeMirror().toString().equals(name);
    }
  }

  private static String qualifiedName(AnnotationMirror m) {
    return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** Whether an annotation holds the target (an annotation or a value) at any depth. */
  private static boolean contains(AnnotationMirror mirror, Object target) {
    for (AnnotationValue v : mirror.getElementValues().values()) {
      if (v == target || holds(v.getValue(), target)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(Object value, Object target) {
    if (value == target) {
      return true;
    }
    if (value instanceof AnnotationMirror nested) {
      return contains(nested, target);
    }
    if (value instanceof List<?> items) {
      for (Object item : items) {
        if (item == target || item instanceof AnnotationValue v && holds(v.getValue(), target)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The written component behind an implicit record member, as its field; else null. */
  private static Element declaredTwin(Element element) {
    Element owner = element.getEnclosingElement();
    Element record =
        switch (element.getKind()) {
          case RECORD_COMPONENT -> owner;
          case METHOD -> ((ExecutableElement) element).getParameters().isEmpty() ? owner : null;
          case PARAMETER ->
              owner.getKind() == ElementKind.CONSTRUCTOR ? owner.getEnclosingElement() : null;
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

  /** The tree of the target (an annotation or a value) inside the written annotation. */
  private Tree annotationTree(TreePath path, Repeated written, Object target) {
    ModifiersTree modifiers = modifiers(path.getLeaf());
    if (modifiers == null) {
      return path.getLeaf();
    }
    TypeElement type = (TypeElement) written.mirror().getAnnotationType().asElement();
    TreePath modifiersPath = new TreePath(path, modifiers);
    int seen = 0;
    for (AnnotationTree a : modifiers.getAnnotations()) {
      if (isOfType(new TreePath(modifiersPath, a), a, type) && ++seen >= written.index()) {
        Tree found = written.mirror() == target ? a : find(written.mirror(), a, target);
        return found != null ? found : a;
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

  /**
   * The expression that writes the target inside an annotation's tree, walking members, array items
   * and nested annotations in step with the mirror; null if it is not written there.
   */
  private static Tree find(AnnotationMirror mirror, AnnotationTree tree, Object target) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      ExpressionTree expression = argument(tree, e.getKey().getSimpleName().toString());
      if (expression != null
          && (e.getValue() == target || holds(e.getValue().getValue(), target))) {
        return findIn(e.getValue(), expression, target);
      }
    }
    return null;
  }

  /** The expression of a value (written as {@code expression}) that is or holds the target. */
  private static Tree findIn(AnnotationValue value, ExpressionTree expression, Object target) {
    Object v = value.getValue();
    if (value == target || v == target) {
      return expression;
    }
    if (v instanceof AnnotationMirror nested && expression instanceof AnnotationTree tree) {
      Tree found = find(nested, tree, target);
      return found != null ? found : expression;
    }
    if (v instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        AnnotationValue item = (AnnotationValue) items.get(i);
        if (item == target || holds(item.getValue(), target)) {
          // A single item may be written without braces.
          ExpressionTree itemTree =
              expression instanceof NewArrayTree array
                      && array.getInitializers() != null
                      && i < array.getInitializers().size()
                  ? array.getInitializers().get(i)
                  : expression;
          return findIn(item, itemTree, target);
        }
      }
    }
    return expression;
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
}
