package dev.connectorkit.bench;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskListener;

/**
 * A javac plug-in that only listens, doing nothing: what any plug-in costs by itself. javac keeps
 * comments and end positions for every file once a task listener is registered, and the
 * ConnectorKit plug-in needs one to run when everything is entered (and to read Javadoc).
 */
public final class EmptyPlugin implements Plugin {
  /** The name {@code -Xplugin} takes. */
  static final String NAME = "EmptyPlugin";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    task.addTaskListener(new TaskListener() {});
  }
}
