package dev.connectorkit.processor;

import com.google.auto.service.AutoService;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The annotation processor (the default mode): hands every round to {@link ConnectorGeneration},
 * which reads, validates and writes each connector when the last round is over. It only dispatches;
 * the work is in the {@code read}, {@code validate} and {@code write} packages.
 */
@AutoService(Processor.class)
public final class ConnectorProcessor extends AbstractProcessor {
  /** Option: print the stack trace of an internal error. */
  public static final String VERBOSE = "connectorkit.verbose";

  /**
   * Option: certification rules report {@code warning}s (the default), {@code error}s, or nothing
   * ({@code off}).
   */
  public static final String CERTIFICATION = "connectorkit.certification";

  /**
   * Option: {@code true} adds a note per connector with the CPU time its reading, checks and
   * writing took, what ConnectorKit costs a build.
   */
  public static final String TIMING = "connectorkit.timing";

  /**
   * The compilations (by their element utilities, which javac shares with a plug-in) in which the
   * processor runs, so that the plug-in, if also given, does not write the files again.
   */
  private static final Set<Elements> RUNNING =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private ConnectorGeneration generation;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    generation = new ConnectorGeneration(env);
    RUNNING.add(env.getElementUtils());
  }

  /** Whether the processor runs in the compilation of these element utilities. */
  static boolean ranIn(Elements elements) {
    return RUNNING.contains(elements);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  /**
   * The verbose switch and every {@code connectorkit.*} option given (such as {@code
   * connectorkit.<id>.clientId}), whose names depend on connector ids; javac asks after init.
   */
  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new TreeSet<>();
    options.add(VERBOSE);
    options.add(CERTIFICATION);
    options.add(TIMING);
    if (processingEnv != null) {
      processingEnv.getOptions().keySet().stream()
          .filter(k -> k.startsWith("connectorkit."))
          .forEach(options::add);
    }
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    generation.round(round);
    return false;
  }
}
