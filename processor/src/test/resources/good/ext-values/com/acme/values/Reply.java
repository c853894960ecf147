package com.acme.values;

import dev.connectorkit.annotations.Editor;
import dev.connectorkit.annotations.EditorOption;
import dev.connectorkit.annotations.Extension;
import dev.connectorkit.annotations.Format;
import dev.connectorkit.annotations.MediaKind;
import dev.connectorkit.annotations.TestValue;
import dev.connectorkit.annotations.Title;
import java.util.Map;

/**
 * A reply to a ticket.
 *
 * @param subject the subject
 * @param body the text, as HTML
 * @param picture a picture's address
 * @param recording a voice message's address
 * @param author who writes it
 * @param priority how urgent it is
 * @param customFields the ticket's custom fields to set
 * @param language the reply's language
 */
public record Reply(
    @TestValue("Printer is out of toner") String subject,
    @Format("html") @Title("Reply text") String body,
    @MediaKind(MediaKind.Kind.IMAGE) String picture,
    @MediaKind(MediaKind.Kind.AUDIO) String recording,
    @TestValue(json = "{\"name\": \"Ada\"}") Author author,
    Priority priority,
    @Editor(value = "dictionary", options = {
      @EditorOption(title = "Plain text", value = "text"),
      @EditorOption(title = "Number", value = "number")
    }) Map<String, String> customFields,
    @Extension(name = "x-ms-localizeDefaultValue", json = "true")
    @Extension(name = "x-acme-audit", json = "{\"level\": 2}") String language) {}
