package com.acme;

import dev.connectorkit.annotations.Editor;

/**
 * A note.
 *
 * @param text the text
 */
public record Note(@Editor("dictionary") String text) {}
