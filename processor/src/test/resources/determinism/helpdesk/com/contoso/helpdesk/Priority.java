package com.contoso.helpdesk;

/** How urgent a ticket is. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
