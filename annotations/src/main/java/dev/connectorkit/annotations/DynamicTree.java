package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A hierarchical picker ({@code x-ms-dynamic-tree}): {@link #open()} lists the top level, {@link
 * #browse()} the children of a selected node.
 *
 * <pre>{@code
 * @DynamicTree(
 *     open = @TreeCall(operation = "ListRootFolders", itemValuePath = "id", itemTitlePath = "name",
 *         itemIsParent = "(@item.isFolder)"),
 *     browse = @TreeCall(operation = "ListFolder", itemValuePath = "id", itemTitlePath = "name",
 *         parameters = @Arg(name = "folderId", parameter = "selectedItemValuePath:id")))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
public @interface DynamicTree {

  /** Whether a node with children can be chosen. Example: {@code canSelectParentNodes = true}. */
  boolean canSelectParentNodes() default true;

  /** Whether a leaf can be chosen. Example: {@code canSelectLeafNodes = true}. */
  boolean canSelectLeafNodes() default true;

  /** The call listing the top level. Example: {@code open = @TreeCall(operation = "ListRoots")}. */
  TreeCall open();

  /**
   * The call listing a node's children. Example: {@code browse = @TreeCall(operation = "List")}.
   */
  TreeCall browse() default @TreeCall(operation = "");
}
