package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The connector-level file picker ({@code x-ms-capabilities.file-picker}), used by parameters with
 * {@code @DynamicValues(capability = "file-picker")}.
 *
 * <pre>{@code
 * filePicker = @FilePicker(open = @TreeCall(operation = "ListRootFolder"),
 *     browse = @TreeCall(operation = "ListFolder",
 *         parameters = @Arg(name = "id", parameter = "value-property:Id")),
 *     valueTitle = "DisplayName", valueCollection = "value", valueFolderProperty = "IsFolder",
 *     valueMediaProperty = "MediaType")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface FilePicker {

  /** The call listing the root. Example: {@code open = @TreeCall(operation = "ListRoot")}. */
  TreeCall open();

  /**
   * The call listing a folder; an {@link Arg#parameter()} {@code "value-property:<name>"} passes a
   * property of the chosen folder. Example: {@code browse = @TreeCall(operation = "List")}.
   */
  TreeCall browse();

  /** The item property shown. Example: {@code valueTitle = "DisplayName"}. */
  String valueTitle() default "";

  /** Where the items are. Example: {@code valueCollection = "value"}. */
  String valueCollection() default "";

  /** The item property telling a folder. Example: {@code valueFolderProperty = "IsFolder"}. */
  String valueFolderProperty() default "";

  /** The item property with the media type. Example: {@code valueMediaProperty = "MediaType"}. */
  String valueMediaProperty() default "";
}
