package net.huddle.flow;

import dev.connectorkit.annotations.Inline;
import java.util.List;

// The folders of a workspace, two levels deep.
@Inline
public record WorkspacePaths(List<WorkspacePath> paths) {

  // One folder and its path.
  @Inline
  public record WorkspacePath(String id, String path, String title) {}
}
