package dev.connectorkit.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;

/** The plug-in's Filer: resources of the class output, written into the folder given as out. */
final class OutputFiler implements Filer {
  private final Path out;

  OutputFiler(Path out) {
    this.out = out;
  }

  @Override
  public FileObject createResource(
      JavaFileManager.Location location,
      CharSequence moduleAndPkg,
      CharSequence relativeName,
      Element... originatingElements)
      throws IOException {
    return new OutputFile(resolve(location, moduleAndPkg, relativeName));
  }

  @Override
  public FileObject getResource(
      JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
      throws IOException {
    return new OutputFile(resolve(location, moduleAndPkg, relativeName));
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
    throw new UnsupportedOperationException("the ConnectorKit plug-in writes no source files");
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
    throw new UnsupportedOperationException("the ConnectorKit plug-in writes no class files");
  }

  private Path resolve(
      JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName) {
    if (location != StandardLocation.CLASS_OUTPUT) {
      throw new IllegalArgumentException("the ConnectorKit plug-in writes the class output only");
    }
    String dir = pkg.length() == 0 ? "" : pkg.toString().replace('.', '/') + "/";
    return out.resolve(dir + relativeName).toAbsolutePath().normalize();
  }

  /** A file in the class output folder. */
  private static final class OutputFile extends SimpleJavaFileObject {
    private final Path path;

    OutputFile(Path path) {
      super(URI.create("file:///"), Kind.OTHER);
      this.path = path;
    }

    @Override
    public URI toUri() {
      return path.toUri();
    }

    @Override
    public String getName() {
      return path.toString();
    }

    @Override
    public OutputStream openOutputStream() throws IOException {
      Files.createDirectories(path.getParent());
      return Files.newOutputStream(path);
    }

    @Override
    public java.io.InputStream openInputStream() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
      return Files.readString(path);
    }

    @Override
    public long getLastModified() {
      return path.toFile().lastModified();
    }

    @Override
    public boolean delete() {
      return path.toFile().delete();
    }
  }
}
