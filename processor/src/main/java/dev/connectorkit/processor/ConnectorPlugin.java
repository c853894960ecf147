package dev.connectorkit.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * The javac plug-in mode ({@code -proc:none -Xplugin:"ConnectorKit out=<class output>"}): runs the
 * same pipeline as {@link ConnectorProcessor} once javac has entered every compilation unit and
 * before it analyses any, the state the processor's last round sees, without the extra passes javac
 * makes for any annotation processor.
 */
public final class ConnectorPlugin implements Plugin {
  /** The plug-in's name, as given to {@code -Xplugin:}. */
  public static final String NAME = "ConnectorKit";

  /** Argument: the class output folder to write {@code META-INF/connectors/} into. */
  public static final String OUT = "out";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    Map<String, String> options = new TreeMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      options.put(eq < 0 ? arg : arg.substring(0, eq), eq < 0 ? "true" : arg.substring(eq + 1));
    }
    String out = options.remove(OUT);
    task.addTaskListener(new Entered(task, out == null ? null : Path.of(out), options));
  }

  /** Waits until every compilation unit is entered, then generates once. */
  private static final class Entered implements TaskListener {
    private final JavacTask task;
    private final Path out;
    private final Map<String, String> options;

    /**
     * The units entered, in order, once each (with processors, javac enters them again every round;
     * trees compare by identity).
     */
    private final Set<CompilationUnitTree> units = new LinkedHashSet<>();

    private boolean done;

    Entered(JavacTask task, Path out, Map<String, String> options) {
      this.task = task;
      this.out = out;
      this.options = options;
    }

    @Override
    public void finished(TaskEvent e) {
      if (e.getKind() == TaskEvent.Kind.ENTER && !done) {
        units.add(e.getCompilationUnit());
      }
    }

    /**
     * Generates when javac starts analysing the first class: every unit is entered (after the last
     * round, if processors run) and none is attributed or generated yet, so the trees are whole.
     */
    @Override
    public void started(TaskEvent e) {
      if (e.getKind() != TaskEvent.Kind.ANALYZE || done || units.isEmpty()) {
        return;
      }
      done = true;
      generate(e.getCompilationUnit() != null ? e.getCompilationUnit() : units.iterator().next());
    }

    private void generate(CompilationUnitTree anyUnit) {
      Trees trees = Trees.instance(task);
      PluginEnvironment env = new PluginEnvironment(task, trees, options, out, anyUnit);
      if (ConnectorProcessor.ranIn(task.getElements())) {
        // Annotation processing is on and the processor in the same jar did the work already.
        new Diagnostics(env.getMessager()).report(Message.PLUGIN_WITH_PROCESSOR, Origin.of(null));
        return;
      }
      if (out == null) {
        new Diagnostics(env.getMessager()).report(Message.PLUGIN_OUTPUT_MISSING, Origin.of(null));
        return;
      }
      List<Element> roots = new ArrayList<>();
      for (CompilationUnitTree unit : units) {
        for (Tree type : unit.getTypeDecls()) {
          Element element = trees.getElement(new TreePath(new TreePath(unit), type));
          if (element != null) {
            roots.add(element);
          }
        }
      }
      new ConnectorGeneration(env).round(new PluginRound(task.getElements(), roots));
    }
  }
}
