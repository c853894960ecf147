package dev.connectorkit.bench;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Locale;

/** The names of the generated API's packages, types, paths and operations, by resource index. */
final class ApiNames {
  static final String ROOT = "bench.api";
  static final String MODELS = ROOT + ".model";
  static final String RESOURCES = ROOT + ".resource";
  static final ClassName PAGE = ClassName.get(MODELS, "Page");
  static final ClassName PROBLEM = ClassName.get(MODELS, "Problem");

  private static final List<String> NOUNS =
      List.of(
          "Account",
          "Invoice",
          "Order",
          "Ticket",
          "Customer",
          "Product",
          "Shipment",
          "Payment",
          "Project",
          "Task",
          "Contact",
          "Document",
          "Event",
          "Asset",
          "Device",
          "Report",
          "Campaign",
          "Lead",
          "Warehouse",
          "Subscription");

  private ApiNames() {}

  /** The noun of resource {@code r} with its index, such as {@code Invoice21}. */
  static String noun(int r) {
    return NOUNS.get(r % NOUNS.size()) + r;
  }

  /** The noun in lower case with a space, such as {@code invoice 21}, for summaries. */
  static String words(int r) {
    return NOUNS.get(r % NOUNS.size()).toLowerCase(Locale.ROOT) + " " + r;
  }

  /** The resource class of resource {@code r}. */
  static ClassName resource(int r) {
    return ClassName.get(RESOURCES, noun(r) + "Resource");
  }

  /** The path of resource {@code r}, such as {@code invoice21s}. */
  static String path(int r) {
    return noun(r).toLowerCase(Locale.ROOT) + "s";
  }

  /** The main model of resource {@code r}: a record with an {@code id} and a {@code name}. */
  static ClassName main(int r) {
    return ClassName.get(MODELS, noun(r));
  }

  /** What the second model of resource {@code r} is: an enum, a bean class or a record. */
  static SecondKind secondKind(int r) {
    return switch (r % 5) {
      case 4 -> SecondKind.ENUM;
      case 3 -> SecondKind.BEAN;
      default -> SecondKind.RECORD;
    };
  }

  /** The second model of resource {@code r}. */
  static ClassName second(int r) {
    return ClassName.get(
        MODELS,
        noun(r)
            + switch (secondKind(r)) {
              case ENUM -> "Status";
              case BEAN -> "Settings";
              case RECORD -> "Line";
            });
  }

  /** The operation id of an operation of resource {@code r}, such as {@code ListInvoice21}. */
  static String operationId(String verb, int r) {
    return verb + noun(r);
  }

  /** The kinds of second model. */
  enum SecondKind {
    ENUM,
    BEAN,
    RECORD
  }
}
