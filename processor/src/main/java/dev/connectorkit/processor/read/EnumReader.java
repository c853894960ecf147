package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;
import static dev.connectorkit.processor.read.AnnotationValues.has;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the JSON values of an enum's constants as Jackson writes them: the constant name, its
 * {@code @JsonProperty}, or the value of a {@code @JsonValue} member, which is computed from the
 * constants' constructor arguments in the source.
 */
final class EnumReader {
  private final AnnotationValues values;
  private final Trees trees;

  EnumReader(AnnotationValues values, Trees trees) {
    this.values = values;
    this.trees = trees;
  }

  /**
   * The values in declaration order and the Java type of a {@code @JsonValue} member (null for
   * names); a failure carries the reason the values cannot be computed.
   */
  record Result(List<Object> values, TypeMirror valueType, String failure) {}

  Result read(TypeElement enumType) {
    List<VariableElement> constants = constants(enumType);
    Optional<Element> jsonValue =
        enumType.getEnclosedElements().stream()
            .filter(e -> has(e, Names.JACKSON + "JsonValue"))
            .findFirst()
            .map(e -> (Element) e);
    List<Object> out = new ArrayList<>();
    if (jsonValue.isEmpty()) {
      for (VariableElement c : constants) {
        out.add(
            find(c, Names.JACKSON + "JsonProperty")
                .map(a -> values.string(a, "value"))
                .filter(s -> !s.isEmpty())
                .orElse(c.getSimpleName().toString()));
      }
      return new Result(out, null, null);
    }
    String field = backingField(jsonValue.get());
    if (field == null || trees == null) {
      return failure(enumType, jsonValue.get());
    }
    for (VariableElement c : constants) {
      Object v = constantArgument(enumType, c, field);
      if (v == null) {
        return failure(enumType, jsonValue.get());
      }
      out.add(v);
    }
    Element member = jsonValue.get();
    TypeMirror valueType =
        member instanceof ExecutableElement m ? m.getReturnType() : member.asType();
    return new Result(out, valueType, null);
  }

  private static List<VariableElement> constants(TypeElement enumType) {
    List<VariableElement> out = new ArrayList<>();
    for (VariableElement f : ElementFilter.fieldsIn(enumType.getEnclosedElements())) {
      if (f.getKind() == ElementKind.ENUM_CONSTANT) {
        out.add(f);
      }
    }
    return out;
  }

  private static Result failure(TypeElement enumType, Element member) {
    return new Result(
        null,
        null,
        "the @JsonValue "
            + member.getSimpleName()
            + " of enum "
            + enumType.getSimpleName()
            + " cannot be computed at compile time (it must return a field set from a literal"
            + " constructor argument); put @JsonProperty(\"...\") on each constant instead");
  }

  /**
   * The field a {@code @JsonValue} member stands for: the field itself or what a getter returns.
   */
  private String backingField(Element member) {
    if (member.getKind() == ElementKind.FIELD) {
      return member.getSimpleName().toString();
    }
    if (trees == null || !(member instanceof ExecutableElement)) {
      return null;
    }
    MethodTree method = trees.getTree((ExecutableElement) member);
    if (method == null || method.getBody() == null) {
      return null;
    }
    List<? extends StatementTree> body = method.getBody().getStatements();
    if (body.size() == 1 && body.get(0) instanceof ReturnTree ret) {
      return fieldName(ret.getExpression());
    }
    return null;
  }

  /** The literal passed for {@code field} by one constant, or null. */
  private Object constantArgument(TypeElement enumType, VariableElement constant, String field) {
    Tree tree = trees.getTree(constant);
    if (!(tree instanceof VariableTree vt) || !(vt.getInitializer() instanceof NewClassTree nc)) {
      return null;
    }
    int argCount = nc.getArguments().size();
    for (ExecutableElement ctor : ElementFilter.constructorsIn(enumType.getEnclosedElements())) {
      if (ctor.getParameters().size() != argCount) {
        continue;
      }
      MethodTree ctorTree = trees.getTree(ctor);
      if (ctorTree == null || ctorTree.getBody() == null) {
        continue;
      }
      for (StatementTree st : ctorTree.getBody().getStatements()) {
        if (st instanceof ExpressionStatementTree es
            && es.getExpression() instanceof AssignmentTree as
            && field.equals(fieldName(as.getVariable()))
            && as.getExpression() instanceof IdentifierTree param) {
          for (int i = 0; i < argCount; i++) {
            if (ctor.getParameters().get(i).getSimpleName().contentEquals(param.getName())) {
              return literal(nc.getArguments().get(i));
            }
          }
        }
      }
    }
    return null;
  }

  /** The value of a literal, or of a negated numeric literal ({@code -1}), or null. */
  private static Object literal(ExpressionTree e) {
    if (e instanceof LiteralTree lit) {
      return lit.getValue();
    }
    if (e instanceof UnaryTree u
        && u.getKind() == Tree.Kind.UNARY_MINUS
        && u.getExpression() instanceof LiteralTree lit) {
      Object v = lit.getValue();
      if (v instanceof Integer i) {
        return -i;
      } else if (v instanceof Long l) {
        return -l;
      } else if (v instanceof Float f) {
        return -f;
      } else if (v instanceof Double d) {
        return -d;
      }
    }
    return null;
  }

  private static String fieldName(ExpressionTree e) {
    if (e instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    if (e instanceof MemberSelectTree ms
        && ms.getExpression() instanceof IdentifierTree self
        && self.getName().contentEquals("this")) {
      return ms.getIdentifier().toString();
    }
    return null;
  }
}
