package dev.connectorkit.processor;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.tools.DiagnosticListener;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The system javac, remembering every file opened for output, so that a test can read what the
 * processor wrote even when the compilation failed (compile-testing hides generated files then).
 */
final class RecordingJavaCompiler implements JavaCompiler {
  private final JavaCompiler delegate = ToolProvider.getSystemJavaCompiler();
  private final List<FileObject> outputs = new ArrayList<>();

  /** The files opened for output so far, in order. */
  List<FileObject> outputs() {
    return List.copyOf(outputs);
  }

  @Override
  public CompilationTask getTask(
      Writer out,
      JavaFileManager fileManager,
      DiagnosticListener<? super JavaFileObject> diagnosticListener,
      Iterable<String> options,
      Iterable<String> classes,
      Iterable<? extends JavaFileObject> compilationUnits) {
    JavaFileManager recording = fileManager == null ? null : new Recording(fileManager);
    return delegate.getTask(out, recording, diagnosticListener, options, classes, compilationUnits);
  }

  @Override
  public StandardJavaFileManager getStandardFileManager(
      DiagnosticListener<? super JavaFileObject> diagnosticListener,
      Locale locale,
      Charset charset) {
    return delegate.getStandardFileManager(diagnosticListener, locale, charset);
  }

  @Override
  public int run(InputStream in, OutputStream out, OutputStream err, String... arguments) {
    return delegate.run(in, out, err, arguments);
  }

  @Override
  public Set<SourceVersion> getSourceVersions() {
    return delegate.getSourceVersions();
  }

  @Override
  public int isSupportedOption(String option) {
    return delegate.isSupportedOption(option);
  }

  /** Forwards everything and records the resources created for output. */
  private final class Recording extends ForwardingJavaFileManager<JavaFileManager> {
    Recording(JavaFileManager fileManager) {
      super(fileManager);
    }

    @Override
    public FileObject getFileForOutput(
        Location location, String packageName, String relativeName, FileObject sibling)
        throws java.io.IOException {
      FileObject file = super.getFileForOutput(location, packageName, relativeName, sibling);
      outputs.add(file);
      return file;
    }
  }
}
