package dev.connectorkit.annotations;

/**
 * The fixed list of connector categories certification accepts, for {@link Connector#categories()}.
 *
 * <p>Example: {@code categories = {Category.PRODUCTIVITY, Category.COLLABORATION}}.
 */
public enum Category {
  /** "AI". */
  AI("AI"),
  /** "Business Management". */
  BUSINESS_MANAGEMENT("Business Management"),
  /** "Business Intelligence". */
  BUSINESS_INTELLIGENCE("Business Intelligence"),
  /** "Collaboration". */
  COLLABORATION("Collaboration"),
  /** "Commerce". */
  COMMERCE("Commerce"),
  /** "Communication". */
  COMMUNICATION("Communication"),
  /** "Content and Files". */
  CONTENT_AND_FILES("Content and Files"),
  /** "Finance". */
  FINANCE("Finance"),
  /** "Data". */
  DATA("Data"),
  /** "Human Resources". */
  HUMAN_RESOURCES("Human Resources"),
  /** "Internet of Things". */
  INTERNET_OF_THINGS("Internet of Things"),
  /** "IT Operations". */
  IT_OPERATIONS("IT Operations"),
  /** "Lifestyle and Entertainment". */
  LIFESTYLE_AND_ENTERTAINMENT("Lifestyle and Entertainment"),
  /** "Marketing". */
  MARKETING("Marketing"),
  /** "Productivity". */
  PRODUCTIVITY("Productivity"),
  /** "Sales and CRM". */
  SALES_AND_CRM("Sales and CRM"),
  /** "Security". */
  SECURITY("Security"),
  /** "Social Media". */
  SOCIAL_MEDIA("Social Media"),
  /** "Website". */
  WEBSITE("Website");

  private final String displayName;

  Category(String displayName) {
    this.displayName = displayName;
  }

  /** The name as written in {@code x-ms-connector-metadata}, e.g. {@code "IT Operations"}. */
  public String displayName() {
    return displayName;
  }
}
