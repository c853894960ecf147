package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One call of a {@link DynamicTree}. In {@code browse}, an {@link Arg#parameter()} of the form
 * {@code "selectedItemValuePath:<path>"} passes a property of the selected node.
 *
 * <pre>{@code
 * @TreeCall(operation = "ListFolder", itemsPath = "value", itemValuePath = "id",
 *     itemTitlePath = "name", itemIsParent = "(@item.isFolder)")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface TreeCall {

  /** The operation to call. Example: {@code operation = "ListFolder"}. */
  String operation();

  /** Parameters to pass. Example: {@code parameters = @Arg(name = "root", value = "/")}. */
  Arg[] parameters() default {};

  /** Where the items are. Example: {@code itemsPath = "value"}. */
  String itemsPath() default "";

  /** The item property stored. Example: {@code itemValuePath = "id"}. */
  String itemValuePath() default "";

  /** The item property shown. Example: {@code itemTitlePath = "name"}. */
  String itemTitlePath() default "";

  /** The item property shown as its full path. Example: {@code itemFullTitlePath = "path"}. */
  String itemFullTitlePath() default "";

  /** An expression telling whether an item has children. Example: {@code "(@item.isFolder)"}. */
  String itemIsParent() default "";
}
