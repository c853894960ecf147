package dev.connectorkit.processor;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorInfo;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.read.AnnotationValues;
import dev.connectorkit.processor.read.ConnectorModelReader;
import dev.connectorkit.processor.read.ConnectorReader;
import dev.connectorkit.processor.read.HttpMethodCheck;
import dev.connectorkit.processor.read.MissingTypeException;
import dev.connectorkit.processor.read.ResourceScope;
import dev.connectorkit.processor.validate.ConnectorRules;
import dev.connectorkit.processor.write.ConnectorFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * The pipeline both modes run: remembers connector and resource classes by name in every round, and
 * when the last round is over reads, validates and writes each connector. The annotation processor
 * and the javac plug-in only feed it rounds.
 */
final class ConnectorGeneration {
  private final Set<String> connectorNames = new TreeSet<>();
  private final Set<String> typeNames = new TreeSet<>();
  private final ProcessingEnvironment processingEnv;
  private final Diagnostics diagnostics;

  ConnectorGeneration(ProcessingEnvironment env) {
    this.processingEnv = env;
    this.diagnostics = new Diagnostics(env, env.getOptions().get(ConnectorProcessor.CERTIFICATION));
  }

  /** One processing round: remembers its types, checks its methods, generates after the last. */
  void round(RoundEnvironment round) {
    // Annotation lookups are remembered for the round: the symbols do not change within it.
    AnnotationValues.remembering(
        () -> {
          for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            guarded(type, () -> remember(type));
          }
          guarded(null, () -> new HttpMethodCheck(processingEnv, diagnostics).check(round));
          if (round.processingOver()) {
            guarded(null, this::generate);
          }
        });
  }

  private void remember(TypeElement type) {
    typeNames.add(type.getQualifiedName().toString());
    if (ConnectorReader.connectorAnnotation(type).isPresent()) {
      connectorNames.add(type.getQualifiedName().toString());
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      remember(nested);
    }
  }

  private void generate() {
    List<TypeElement> connectors = lookUp(connectorNames);
    if (connectors.isEmpty()) {
      return;
    }
    ConnectorModelReader reader = new ConnectorModelReader(processingEnv, diagnostics);
    Map<TypeElement, List<TypeElement>> resources = new HashMap<>();
    // Named at the first connector: assigning resources concerns them all.
    guarded(
        connectors.get(0),
        () ->
            resources.putAll(
                new ResourceScope(
                        processingEnv.getElementUtils(),
                        processingEnv.getTypeUtils(),
                        reader,
                        diagnostics)
                    .assign(connectors, lookUp(typeNames))));
    if (resources.size() < connectors.size()) {
      return;
    }
    Map<String, TypeElement> ids = new HashMap<>();
    ConnectorFiles files = new ConnectorFiles(processingEnv.getFiler(), diagnostics);
    for (TypeElement connector : connectors) {
      guarded(connector, () -> generate(connector, resources.get(connector), reader, ids, files));
    }
  }

  /** Reads, checks and writes one connector; nothing is written if it has any error. */
  private void generate(
      TypeElement connector,
      List<TypeElement> resources,
      ConnectorModelReader reader,
      Map<String, TypeElement> ids,
      ConnectorFiles files) {
    int errorsBefore = diagnostics.errorCount();
    AnnotationMirror annotation = ConnectorReader.connectorAnnotation(connector).orElseThrow();
    ConnectorInfo info = reader.info(connector, annotation);
    TypeElement sameId = ids.putIfAbsent(info.id(), connector);
    if (sameId != null) {
      diagnostics.report(
          Message.DUPLICATE_CONNECTOR_ID,
          Origin.of(connector, annotation).member("id"),
          info.id(),
          sameId.getQualifiedName());
    }
    PhaseClock clock = new PhaseClock();
    ConnectorModel model = reader.read(connector, annotation, info, resources);
    clock.lap("reading");
    boolean checked = model != null && ConnectorRules.check(model, diagnostics);
    clock.lap("checks");
    if (!checked
        || diagnostics.errorCount() > errorsBefore
        || hadErrorsBefore(connector, resources)) {
      return;
    }
    List<Element> originating = new ArrayList<>(resources);
    originating.add(0, connector);
    try {
      List<String> written = files.write(model, originating);
      clock.lap("writing");
      diagnostics.note(
          "ConnectorKit wrote " + String.join(" and ", written) + " to the class output.",
          connector);
      if (Boolean.parseBoolean(processingEnv.getOptions().get(ConnectorProcessor.TIMING))) {
        diagnostics.note(clock.summary(info.id()), connector);
      }
    } catch (IOException e) {
      diagnostics.report(
          Message.WRITE_FAILED, Origin.of(connector, annotation), info.id(), e.getMessage());
    }
  }

  /**
   * Whether errors were reported, before this connector's turn, in it, its resources or their
   * supertypes: while resources are assigned, or by the checks run in every round.
   */
  private boolean hadErrorsBefore(TypeElement connector, List<TypeElement> resources) {
    if (diagnostics.hasErrorsIn(connector)) {
      return true;
    }
    Set<TypeElement> seen = new HashSet<>();
    Deque<TypeElement> queue = new ArrayDeque<>(resources);
    while (!queue.isEmpty()) {
      TypeElement type = queue.poll();
      if (!seen.add(type)) {
        continue;
      }
      if (diagnostics.hasErrorsIn(type)) {
        return true;
      }
      for (TypeMirror sup : processingEnv.getTypeUtils().directSupertypes(type.asType())) {
        if (processingEnv.getTypeUtils().asElement(sup) instanceof TypeElement s) {
          queue.add(s);
        }
      }
    }
    return false;
  }

  private List<TypeElement> lookUp(Set<String> names) {
    List<TypeElement> out = new ArrayList<>();
    for (String name : names) {
      TypeElement t = processingEnv.getElementUtils().getTypeElement(name);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** Runs a unit of work; an unexpected exception becomes one Internal error at the element. */
  private void guarded(Element element, Runnable work) {
    try {
      work.run();
    } catch (MissingTypeException e) {
      // javac has reported the class that does not compile; the connector is not written.
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      internalError(element, e);
    }
  }

  private void internalError(Element element, Throwable e) {
    diagnostics.report(Message.INTERNAL, Origin.of(element), e);
    if (Boolean.parseBoolean(processingEnv.getOptions().get(ConnectorProcessor.VERBOSE))) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, trace.toString());
    }
  }
}
