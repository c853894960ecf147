package com.acme.fidelity.forms;

import dev.connectorkit.annotations.DisplayName;

/** Where a form is filled in. */
public enum Channel {
  @DisplayName("Web page") WEB,
  @DisplayName("Mobile app") MOBILE
}
