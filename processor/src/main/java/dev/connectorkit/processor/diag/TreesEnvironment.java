package dev.connectorkit.processor.diag;

import com.sun.source.util.Trees;

/**
 * A processing environment that is not javac's own but knows its trees (the plug-in's): {@link
 * Trees#instance(javax.annotation.processing.ProcessingEnvironment)} accepts only javac's.
 */
public interface TreesEnvironment {
  /** The trees of the compilation. */
  Trees trees();

  /** Javac's trees of an environment, or null when the compiler is not javac. */
  static Trees of(javax.annotation.processing.ProcessingEnvironment env) {
    if (env instanceof TreesEnvironment t) {
      return t.trees();
    }
    try {
      return Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      return null;
    }
  }
}
