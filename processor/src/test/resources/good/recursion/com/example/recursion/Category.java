package com.example.recursion;

import dev.connectorkit.annotations.Description;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A category tree.
 *
 * @param name the category's name
 * @param children the sub-categories
 * @param parent the parent category; a described property is inlined, but not a recursive one
 */
public record Category(
    String name,
    List<Category> children,
    Category parent,
    @Description("The categories by name.") Map<String, Category> byName,
    Optional<Category> favourite) {}
