package dev.connectorkit.processor;

import com.google.auto.service.AutoService;
import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorInfo;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.read.ConnectorModelReader;
import dev.connectorkit.processor.read.ConnectorReader;
import dev.connectorkit.processor.read.HttpMethodCheck;
import dev.connectorkit.processor.read.ResourceScope;
import dev.connectorkit.processor.validate.ConnectorRules;
import dev.connectorkit.processor.write.ConnectorFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * The javac plug-in: remembers connector and resource classes by name in every round, and when
 * the last round is over reads, validates and writes each connector. It only dispatches; the
 * work is in the {@code read}, {@code validate} and {@code write} packages.
 */
@AutoService(Processor.class)
public final class ConnectorProcessor extends AbstractProcessor {
  /** Option: print the stack trace of an internal error. */
  public static final String VERBOSE = "connectorkit.verbose";

  private final Set<String> connectorNames = new TreeSet<>();
  private final Set<String> typeNames = new TreeSet<>();
  private Diagnostics diagnostics;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(VERBOSE);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Element current = null;
    try {
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        current = type;
        remember(type);
      }
      new HttpMethodCheck(processingEnv, diagnostics).check(round);
      if (round.processingOver()) {
        generate();
      }
    } catch (RuntimeException | LinkageError e) {
      internalError(current, e);
    }
    return false;
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
    int errorsBeforeScope = diagnostics.errorCount();
    Map<TypeElement, List<TypeElement>> resources =
        new ResourceScope(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reader,
            diagnostics).assign(connectors, lookUp(typeNames));
    if (diagnostics.errorCount() > errorsBeforeScope) {
      return; // Which connector a resource belongs to is unsettled: no connector is complete.
    }
    Map<String, TypeElement> ids = new HashMap<>();
    ConnectorFiles files = new ConnectorFiles(processingEnv.getFiler());
    for (TypeElement connector : connectors) {
      int errorsBefore = diagnostics.errorCount();
      try {
        AnnotationMirror annotation = ConnectorReader.connectorAnnotation(connector).orElseThrow();
        ConnectorInfo info = reader.info(connector, annotation);
        TypeElement sameId = ids.putIfAbsent(info.id(), connector);
        if (sameId != null) {
          diagnostics.report(Message.DUPLICATE_CONNECTOR_ID,
              Origin.of(connector, annotation).member("id"), info.id(), sameId.getQualifiedName());
        }
        ConnectorModel model = reader.read(connector, annotation, info, resources.get(connector));
        if (model == null || !ConnectorRules.check(model, diagnostics)
            || diagnostics.errorCount() > errorsBefore) {
          continue;
        }
        List<Element> originating = new ArrayList<>(resources.get(connector));
        originating.add(0, connector);
        List<String> written = files.write(model, originating);
        diagnostics.note("ConnectorKit wrote " + String.join(" and ", written)
            + " to the class output.", connector);
      } catch (Exception | LinkageError e) {
        internalError(connector, e);
      }
    }
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

  private void internalError(Element element, Throwable e) {
    diagnostics.report(Message.INTERNAL, Origin.of(element), e);
    if (Boolean.parseBoolean(processingEnv.getOptions().get(VERBOSE))) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, trace.toString());
    }
  }
}
