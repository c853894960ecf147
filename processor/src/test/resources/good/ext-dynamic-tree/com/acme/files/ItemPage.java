package com.acme.files;

import java.util.List;

/**
 * The items of a folder.
 *
 * @param value the items
 */
public record ItemPage(List<Item> value) {}
